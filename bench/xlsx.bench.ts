// `npm run bench`, part two: `rahbord validate` end to end on a generated 100k-row .xlsx against
// exceljs reading the same file alone. Each run is a fresh process; figures are medians.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { generatePlan } from "../tools/generate-plan";

const ROWS = 100_000;
const RUNS = 5;
const dir = __dirname; // build/bench, beside the worker bundle
const file = path.join(dir, `plan-${ROWS / 1000}k.xlsx`);

/** The generated plan as an .xlsx, written once (streamed: a 100k-row workbook is large). */
async function writePlan(): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  for (const sheet of generatePlan(ROWS).sheets) {
    const ws = writer.addWorksheet(sheet.name);
    for (const row of sheet.values)
      ws.addRow(row.map((v) => (typeof v === "object" ? null : v))).commit();
    ws.commit();
  }
  await writer.commit();
}

type Run = { ms: number; peakMb: number };
const MODES = ["exceljs", "text", "json"] as const;

/** Rounds of one fresh process per mode, interleaved so that drift on a shared machine hits all alike. */
function measure(): Record<(typeof MODES)[number], Run> {
  const runs = new Map<string, Run[]>(MODES.map((m) => [m, []]));
  for (let round = 0; round < RUNS; round++)
    for (const mode of MODES) {
      const out = execFileSync(process.execPath, [path.join(dir, "xlsx-worker.js"), mode, file], {
        encoding: "utf8",
      });
      runs.get(mode)!.push(JSON.parse(out));
    }
  const median = (list: Run[], key: keyof Run) =>
    list.map((r) => r[key]).sort((a, b) => a - b)[RUNS >> 1];
  return Object.fromEntries(
    [...runs].map(([mode, list]) => [
      mode,
      { ms: median(list, "ms"), peakMb: median(list, "peakMb") },
    ])
  ) as Record<(typeof MODES)[number], Run>;
}

async function bench(): Promise<void> {
  if (!existsSync(file)) await writePlan();
  const figures = measure();
  console.log(
    `\n${ROWS / 1000}k-row .xlsx (${path.basename(file)}), medians of ${RUNS} fresh processes each:`
  );
  const line = (label: string, m: Run) =>
    console.log(
      `  ${label.padEnd(34)} ${m.ms.toFixed(0).padStart(6)} ms, peak ${m.peakMb.toFixed(0)} MB`
    );
  line("exceljs read alone", figures.exceljs);
  for (const format of ["text", "json"] as const) {
    const ratio = figures[format].ms / figures.exceljs.ms;
    line(`rahbord validate --format ${format}`, figures[format]);
    console.log(
      `    ÷ exceljs read: ${ratio.toFixed(2)}× (target ≤ 1.3): ${ratio <= 1.3 ? "ok" : "MISSED"}`
    );
  }
}

void bench();
