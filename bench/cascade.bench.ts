// `npm run bench`, cascade part: 22 district plans of 5k rows each consolidated against their
// deputy's plan — the engine on snapshots (`consolidate`), then `rahbord cascade` end to end on the
// same plans as .xlsx files (reading included), each CLI run a fresh process. Figures are medians.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { main } from "../src/cli/main";
import { consolidate } from "../src/core/cascade/consolidate";
import { detectMapping } from "../src/core/mapping/detect";
import { buildPlan } from "../src/core/model/build-plan";
import { registerOf } from "../src/core/register/parent-register";
import { generateDistricts, writeSnapshotXlsx } from "../tools/generate-districts";

const DISTRICTS = 22;
const ROWS = 5_000;
const TARGET_MS = 5_000;
const dir = path.join(__dirname, `cascade-${DISTRICTS}x${ROWS / 1000}k`); // build/bench/…

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");
const set = () => generateDistricts({ districts: DISTRICTS, rows: ROWS });

function engine(): void {
  const { parent, districts } = set();
  const register = registerOf(buildPlan(parent, detectMapping(parent).mapping), {
    fileName: "deputy.xlsx",
    importedAt: new Date().toISOString(),
    hash: "",
  });
  const workbooks = districts.map((d) => ({ ...d, mapping: detectMapping(d.snapshot).mapping }));
  const rows = districts.reduce(
    (n, d) => n + d.snapshot.sheets.reduce((m, s) => m + s.values.length - 1, 0),
    0
  );
  consolidate(register, workbooks); // warm-up
  const times: number[] = [];
  let findings = 0;
  for (let run = 0; run < 7; run++) {
    const start = performance.now();
    const result = consolidate(register, workbooks);
    times.push(performance.now() - start);
    findings = result.overall.length + result.districts.reduce((n, d) => n + d.findings.length, 0);
  }
  const ms = median(times);
  console.log(
    `\ncascade: ${DISTRICTS} districts × ${ROWS / 1000}k rows (${rows} data rows), ${findings} findings`
  );
  console.log(
    `  ${"consolidate (engine, on snapshots)".padEnd(41)} ${ms.toFixed(0).padStart(6)} ms (median of 7; ` +
      `target ≤ ${TARGET_MS}): ${verdict(ms <= TARGET_MS)}`
  );
}

async function writeFiles(): Promise<string[]> {
  const files = [...Array(DISTRICTS).keys()].map((d) =>
    path.join(dir, `district-${String(d + 1).padStart(2, "0")}.xlsx`)
  );
  const parent = path.join(dir, "deputy.xlsx");
  if (![parent, ...files].every(existsSync)) {
    mkdirSync(dir, { recursive: true });
    const { parent: deputy, districts } = set();
    await writeSnapshotXlsx(deputy, parent);
    for (const [i, d] of districts.entries()) await writeSnapshotXlsx(d.snapshot, files[i]);
  }
  return ["cascade", "--parent", parent, ...files, "--format", "json"];
}

async function cli(): Promise<void> {
  const argv = await writeFiles();
  const runs: { ms: number; code: number; peakMb: number }[] = [];
  for (let run = 0; run < 3; run++)
    runs.push(
      JSON.parse(
        execFileSync(process.execPath, [__filename, "--worker", ...argv], {
          encoding: "utf8",
          maxBuffer: 1 << 28,
        })
      )
    );
  const ms = median(runs.map((r) => r.ms));
  console.log(
    `  ${"rahbord cascade on .xlsx (fresh process)".padEnd(41)} ${ms.toFixed(0).padStart(6)} ms (median of 3, ` +
      `reading included; exit ${runs[0].code}; peak ${median(runs.map((r) => r.peakMb)).toFixed(0)} MB; ` +
      `target ≤ ${TARGET_MS}): ${verdict(ms <= TARGET_MS)}`
  );
}

/** In the worker process: one CLI run, its output discarded, its time and peak memory printed. */
async function worker(argv: string[]): Promise<void> {
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  const code = await main(argv, { out: () => undefined, err: () => undefined, env: {} });
  const ms = performance.now() - start;
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().rss);
  process.stdout.write(JSON.stringify({ ms, code, peakMb: peak / 2 ** 20 }));
}

if (process.argv[2] === "--worker") void worker(process.argv.slice(3));
else {
  engine();
  void cli();
}
