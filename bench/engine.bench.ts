// `npm run bench`: the plan engine on generated plans of 1k, 10k and 100k rows, bundled as the CLI
// and the pane run it (esbuild, no tsx name-keeping wrappers). Figures are medians
// of several runs, compared as ratios within this one run (never against a clock in a test).
import { detectMapping } from "../src/core/mapping/detect";
import { buildPlan } from "../src/core/model/build-plan";
import { canonicalWords } from "../src/core/normalize/text";
import { computeRollups } from "../src/core/rollups/compute-rollups";
import { RULES } from "../src/core/rules/catalogue";
import { runRules } from "../src/core/rules/run-rules";
import type { WorkbookSnapshot } from "../src/core/snapshot/workbook-snapshot";
import { generatePlan } from "../tools/generate-plan";

/** Rows of work in every timed sample, whatever the plan's size. */
const SAMPLE_ROWS = 100_000;

/**
 * Median time of one run at each size. Each sample does the same amount of work (SAMPLE_ROWS rows:
 * ten runs of a 10k plan, one of a 100k plan), so each carries its share of garbage collection,
 * which the median of short single runs would leave out. The sizes are sampled in turn (1k, 10k,
 * 100k, 1k, …), so that drift in this shared VM's speed hits every size alike; and each sample
 * follows an untimed one of the same size, so that garbage a size leaves is mostly collected before
 * the next size's timed sample, not in it. At least 9 rounds and two seconds of them.
 */
function medians<P extends { rows: number }>(
  plans: readonly P[],
  work: (plan: P) => unknown
): number[] {
  const times = plans.map(() => [] as number[]);
  for (const plan of plans) work(plan); // warm-up
  for (let spent = 0, round = 0; round < 9 || spent < 2000; round++) {
    plans.forEach((plan, i) => {
      const runs = Math.max(1, Math.round(SAMPLE_ROWS / plan.rows));
      for (let r = 0; r < runs; r++) work(plan); // settles the heap into this size's state
      const start = performance.now();
      for (let r = 0; r < runs; r++) work(plan);
      const time = performance.now() - start;
      times[i].push(time / runs);
      spent += time;
    });
  }
  return times.map((list) => list.sort((a, b) => a - b)[list.length >> 1]);
}

/**
 * Scans of the same cells that validate nothing. "bare": each cell read as trimmed text.
 * "normalising": each cell's text canonicalised as every Persian plan needs before any comparison
 * (digits, letters, ZWNJ, bidi marks) — the floor the ratio target is measured against.
 */
function scan(snapshot: WorkbookSnapshot, read: (text: string) => string): number {
  let chars = 0;
  for (const sheet of snapshot.sheets) {
    for (const row of sheet.values) {
      for (const value of row) {
        if (value === null) continue;
        const text =
          typeof value === "string"
            ? value
            : typeof value === "object"
              ? value.error
              : String(value);
        chars += read(text).length;
      }
    }
  }
  return chars;
}

const plans = [1_000, 10_000, 100_000].map((rows) => {
  const snapshot = generatePlan(rows);
  const mapping = detectMapping(snapshot).mapping;
  return { rows, snapshot, mapping, plan: buildPlan(snapshot, mapping) };
});
// Every size is validated and rolled up once before any is timed, so each is timed with the same optimised code.
for (const { snapshot, mapping, plan } of plans) {
  runRules(buildPlan(snapshot, mapping), RULES);
  computeRollups(plan);
}
const detect = medians(plans, (p) => detectMapping(p.snapshot));
const validate = medians(plans, (p) => runRules(buildPlan(p.snapshot, p.mapping), RULES));
const rollups = medians(plans, (p) => computeRollups(p.plan));
const bare = medians(plans, (p) => scan(p.snapshot, (t) => t.trim()));
const normalising = medians(plans, (p) => scan(p.snapshot, canonicalWords));

const widths = [7, 9, 10, 12, 11, 13, 20];
const headings = [
  "rows",
  "cells",
  "detect ms",
  "validate ms",
  "rollups ms",
  "bare scan ms",
  "normalising scan ms",
];
console.log(headings.map((h, i) => h.padStart(widths[i])).join(" "));
const results: Record<number, { validate: number; bare: number; normalising: number }> = {};
plans.forEach(({ rows, snapshot }, i) => {
  const cells = snapshot.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
  results[rows] = { validate: validate[i], bare: bare[i], normalising: normalising[i] };
  const cols = [rows, cells, detect[i], validate[i], rollups[i], bare[i], normalising[i]];
  console.log(cols.map((v, j) => (j < 2 ? String(v) : v.toFixed(1)).padStart(widths[j])).join(" "));
});

const big = results[100_000];
const ratio = big.validate / big.normalising;
const linear = big.validate / results[10_000].validate;
const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");
console.log(
  `\n100k rows validated in ${big.validate.toFixed(0)} ms (target ≤ 500): ${verdict(big.validate <= 500)}`
);
console.log(
  `validation ÷ normalising scan at 100k: ${ratio.toFixed(2)}× (target ≤ 3): ${verdict(ratio <= 3)}`
);
console.log(
  `validation ÷ bare scan at 100k: ${(big.validate / big.bare).toFixed(1)}× (for reference)`
);
console.log(
  `100k ÷ 10k validation: ${linear.toFixed(1)} (target ≤ 12, linear): ${verdict(linear <= 12)}`
);
