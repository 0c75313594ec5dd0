import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

export const SAMPLES = join(__dirname, "../../samples");
export const FIXTURES = join(__dirname, "../fixtures");

/** Runs the command line in-process, as `rahbord ...argv` would, capturing what it prints. */
export async function runCli(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "rahbord-cli-"));
}

export function digest(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
