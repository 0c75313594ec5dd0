// `npm run bench`, part two: `rahbord validate` end to end on a generated 100k-row .xlsx against
// exceljs reading the same file alone. Each run is a fresh process; figures are medians.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { generatePlan } from "../tools/generate-plan";

const ROWS = 100_000;
const RUNS = 9;
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
type Mode = (typeof MODES)[number];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
};

/**
 * Rounds of one fresh process per mode, back to back, each round starting with the next mode (a
 * run's place in a round must not favour it). This shared machine's speed drifts by a third within
 * minutes, so each ratio is taken within a round, between runs next to each other, and the median
 * of the rounds' ratios is reported.
 */
function measure(): Record<Mode, Run[]> {
  const runs = { exceljs: [], text: [], json: [] } as Record<Mode, Run[]>;
  for (let round = 0; round < RUNS; round++)
    for (const mode of [...MODES.slice(round % 3), ...MODES.slice(0, round % 3)]) {
      const out = execFileSync(process.execPath, [path.join(dir, "xlsx-worker.js"), mode, file], {
        encoding: "utf8",
      });
      runs[mode].push(JSON.parse(out));
    }
  return runs;
}

async function bench(): Promise<void> {
  if (!existsSync(file)) await writePlan();
  const runs = measure();
  console.log(
    `\n${ROWS / 1000}k-row .xlsx (${path.basename(file)}), ${RUNS} rounds of fresh processes:`
  );
  const line = (label: string, list: Run[]) =>
    console.log(
      `  ${label.padEnd(34)} ${median(list.map((r) => r.ms))
        .toFixed(0)
        .padStart(6)} ms (median), ` + `peak ${median(list.map((r) => r.peakMb)).toFixed(0)} MB`
    );
  line("exceljs read alone", runs.exceljs);
  for (const format of ["text", "json"] as const) {
    const ratios = runs[format].map((r, i) => r.ms / runs.exceljs[i].ms);
    const ratio = median(ratios);
    line(`rahbord validate --format ${format}`, runs[format]);
    console.log(
      `    ÷ exceljs read, median of the rounds: ${ratio.toFixed(2)}× ` +
        `(rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}; target ≤ 1.3): ` +
        (ratio <= 1.3 ? "ok" : "MISSED")
    );
  }
}

void bench();
