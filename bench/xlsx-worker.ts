// One measured run in a fresh process (so peak memory is this run's alone): `exceljs <file>` reads
// the workbook with exceljs only; `text <file>` and `json <file>` run `rahbord validate` end to end
// with that output format (JSON carries the roll-ups, text does not compute them).
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";

async function run(mode: string, file: string): Promise<void> {
  const start = performance.now();
  if (mode === "exceljs") await new ExcelJS.Workbook().xlsx.readFile(file);
  else {
    let bytes = 0;
    const count = (text: string) => void (bytes += text.length);
    await main(["validate", file, "--format", mode], { out: count, err: count, env: {} });
  }
  const ms = performance.now() - start;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, peakMb }));
}

void run(process.argv[2], process.argv[3]);
