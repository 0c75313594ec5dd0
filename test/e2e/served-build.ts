import { mkdirSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Browser } from "playwright-core";
import sirv from "sirv";
import { launchChromium } from "../../tools/chromium";

/** The e2e build (npm run test:e2e builds it, with a local office.js and the playground). */
const BUILD = path.resolve(__dirname, "../../build/e2e");
export const SAMPLES = path.resolve(__dirname, "../../samples");
export const SHOTS = path.resolve(__dirname, "../../docs/screenshots");

export interface Served {
  /** The build's address, ending in "/". */
  base: string;
  browser: Browser;
}

/**
 * Serves the build and starts Chromium for one test file (its beforeAll and afterAll); the fields
 * are set once the tests run.
 */
export function servedBuild(): Served {
  const served = {} as Served;
  let server: http.Server | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const started = http.createServer(sirv(BUILD, { dev: true }));
    server = started;
    await new Promise<void>((resolve) => started.listen(0, "127.0.0.1", resolve));
    served.base = `http://127.0.0.1:${(started.address() as AddressInfo).port}/`;
    served.browser = await launchChromium();
  });
  afterAll(async () => {
    await served.browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });
  return served;
}
