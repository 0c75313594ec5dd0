// Writes the sample plans in samples/ (npm run samples): Persian and English, clean and with defects.
import path from "node:path";
import { sampleWorkbook, SAMPLES } from "./samples/samples";

async function main() {
  for (const sample of SAMPLES) {
    const file = path.resolve(__dirname, "../samples", sample.file);
    await sampleWorkbook(sample).xlsx.writeFile(file);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
