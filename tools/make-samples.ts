// Writes the sample plans in samples/ (npm run samples): Persian and English, clean and with defects.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { reproducibleBytes } from "../src/xlsx/rahbord-workbook";
import { sampleWorkbook, SAMPLES } from "./samples/samples";
import { WRITTEN } from "./samples/workbook";

async function main() {
  for (const sample of SAMPLES) {
    const file = path.resolve(__dirname, "../samples", sample.file);
    writeFileSync(file, await reproducibleBytes(sampleWorkbook(sample), WRITTEN));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
