// `npm run check:manifest [manifest.xml ...]`: the offline manifest check on the source manifest
// (dev) and, when built, dist/manifest.xml (production). Exit 1 on any problem.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ribbonCommands } from "../src/commands/ribbon-commands";
import { MIN_EXCEL_API } from "../src/excel/requirements";
import { checkManifest } from "./manifest/check-manifest";
import { imageSizeFromFolder } from "./manifest/image-size-from-folder";
import { DEV_URL } from "./webpack/manifest-urls";

const root = path.resolve(__dirname, "..");

function check(file: string): boolean {
  const production = path.resolve(file) !== path.join(root, "manifest.xml");
  const xml = readFileSync(file, "utf8");
  const problems = checkManifest(xml, {
    mode: production ? "production" : "dev",
    registeredFunctions: Object.keys(ribbonCommands),
    minExcelApi: MIN_EXCEL_API,
    imageSize: imageSizeFromFolder(production ? path.dirname(file) : root, xml),
  });
  const name = path.relative(process.cwd(), file);
  for (const p of problems) console.error(`${name}: ${p.code}: ${p.message}`);
  if (problems.length === 0) console.log(`${name}: OK (${production ? "production" : "dev"})`);
  if (production && xml.includes(DEV_URL)) {
    console.warn(
      `${name}: still points at ${DEV_URL}; build with --env url=https://your-host/path/ to deploy it`
    );
  }
  return problems.length === 0;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  files.push(path.join(root, "manifest.xml"));
  const built = path.join(root, "dist", "manifest.xml");
  if (existsSync(built)) files.push(built);
}
const results = files.map(check);
process.exit(results.every(Boolean) ? 0 : 1);
