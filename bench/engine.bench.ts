// `npm run bench`: the plan engine on generated plans of 1k, 10k and 100k rows. Figures are medians
// of several runs, compared as ratios within this one run (never against a clock in a test).
import { detectMapping } from "../src/core/mapping/detect";
import { buildPlan } from "../src/core/model/build-plan";
import { computeRollups } from "../src/core/rollups/compute-rollups";
import { RULES } from "../src/core/rules/catalogue";
import { runRules } from "../src/core/rules/run-rules";
import type { WorkbookSnapshot } from "../src/core/snapshot/workbook-snapshot";
import { generatePlan } from "../tools/generate-plan";

function median(runs: number, work: () => unknown): number {
  const times: number[] = [];
  work(); // warm-up
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** The floor any validator pays: every cell visited once and read as trimmed text. */
function bareScan(snapshot: WorkbookSnapshot): number {
  let chars = 0;
  for (const sheet of snapshot.sheets) {
    for (const row of sheet.values) {
      for (const value of row) {
        if (value === null) continue;
        chars += (
          typeof value === "string"
            ? value.trim()
            : typeof value === "object"
              ? value.error
              : String(value)
        ).length;
      }
    }
  }
  return chars;
}

const results: Record<number, { validate: number; scan: number }> = {};
console.log("rows     cells   detect ms  validate ms  rollups ms  bare scan ms  validate/scan");
for (const rows of [1_000, 10_000, 100_000]) {
  const snapshot = generatePlan(rows);
  const cells = snapshot.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
  const { mapping } = detectMapping(snapshot);
  const runs = rows >= 100_000 ? 7 : 11;
  const detect = median(runs, () => detectMapping(snapshot));
  const validate = median(runs, () => runRules(buildPlan(snapshot, mapping), RULES));
  const plan = buildPlan(snapshot, mapping);
  const rollups = median(runs, () => computeRollups(plan));
  const scan = median(runs, () => bareScan(snapshot));
  results[rows] = { validate, scan };
  console.log(
    [rows, cells, detect, validate, rollups, scan, validate / scan]
      .map((v, i) => (i < 2 ? String(v) : v.toFixed(i === 6 ? 2 : 1)).padStart(i === 0 ? 6 : 11))
      .join(" ")
  );
}
const big = results[100_000];
const linear = big.validate / results[10_000].validate;
const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");
console.log(
  `\n100k rows validated in ${big.validate.toFixed(0)} ms (target ≤ 500): ${verdict(big.validate <= 500)}`
);
console.log(
  `validation ÷ bare scan at 100k: ${(big.validate / big.scan).toFixed(2)}× (target ≤ 3): ${verdict(big.validate / big.scan <= 3)}`
);
console.log(
  `100k ÷ 10k validation: ${linear.toFixed(1)} (target ≤ 12, linear): ${verdict(linear <= 12)}`
);
