// Writes the sample plans in samples/ (npm run samples): Persian and English, clean and with
// defects; and samples/cascade/, a deputy's plan with six district plans.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { reproducibleBytes } from "../src/xlsx/rahbord-workbook";
import { cascadeSampleFiles, CASCADE_SAMPLE_DIR } from "./samples/cascade";
import { sampleWorkbook, SAMPLES } from "./samples/samples";
import { WRITTEN } from "./samples/workbook";

async function main() {
  for (const sample of SAMPLES) {
    const file = path.resolve(__dirname, "../samples", sample.file);
    writeFileSync(file, await reproducibleBytes(sampleWorkbook(sample), WRITTEN));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
  const dir = path.resolve(__dirname, "..", CASCADE_SAMPLE_DIR);
  mkdirSync(dir, { recursive: true });
  const files = await cascadeSampleFiles();
  for (const { file, bytes } of files) writeFileSync(path.join(dir, file), bytes);
  console.log(`wrote ${CASCADE_SAMPLE_DIR}/ (${files.map((f) => f.file).join(", ")})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
