// `npm run bench`, part three: the Excel adapter on the workbook simulator — syncs and the largest
// request and response of each operation, for generated plans of 1k, 10k and 100k rows (validate
// reads the plan in chunks, runs the rules and writes the report sheet; highlight adds the marks;
// clear removes them from a workbook highlighted just before, which is not counted).
import type { Finding } from "../src/core/findings";
import { buildDashboard } from "../src/excel/build-dashboard";
import { clearHighlights, highlightFindings } from "../src/excel/highlight";
import { readHeaderArea } from "../src/excel/read-header-area";
import { readSnapshot } from "../src/excel/read-snapshot";
import { compareWithSnapshot, listSnapshots, takeSnapshot } from "../src/excel/review-snapshots";
import { validateWorkbook } from "../src/excel/validate-workbook";
import { modelFromSnapshot } from "../src/simulator/model-from-snapshot";
import { PAYLOAD_LIMIT } from "../src/simulator/payload";
import { SimRequestContext } from "../src/simulator/request-context";
import type { WorkbookSnapshot } from "../src/core/snapshot/workbook-snapshot";
import { generatePlan } from "../tools/generate-plan";

type Run = (context: Excel.RequestContext, plan: WorkbookSnapshot) => Promise<unknown>;

const validate =
  (highlight?: { rangeAreas: boolean }): Run =>
  (context) =>
    validateWorkbook(context, {
      lang: "fa",
      mergedAreas: true,
      readingOrder: true,
      ...(highlight && { highlight }),
    });

/**
 * Findings on every other row of the plan's longest sheet, one for each ten rows of the plan
 * (generated plans are nearly clean, so validate alone marks only a cell or two).
 */
const scattered =
  (rangeAreas: boolean): Run =>
  (context, plan) => {
    const longest = plan.sheets.reduce((a, b) => (b.values.length > a.values.length ? b : a));
    const count = Math.floor(plan.sheets.reduce((n, s) => n + s.values.length, 0) / 10);
    const findings = Array.from({ length: count }, (_, i): Finding => ({
      rule: "bench",
      severity: (["error", "warning", "info"] as const)[i % 3],
      message: "",
      sheet: longest.name,
      cell: `C${((2 * i) % longest.values.length) + 2}`,
      row: ((2 * i) % longest.values.length) + 2,
      entity: "budget",
    }));
    return highlightFindings(context, findings, { rangeAreas });
  };

const snapshot: Run = (context) =>
  takeSnapshot(context, { mergedAreas: true, label: "bench", reviewDate: "2026-03-21" });

/** Each operation, and what the workbook must have been through before it (not counted). */
const OPERATIONS: Record<string, { run: Run; before?: Run }> = {
  "read (whole plan)": { run: (context) => readSnapshot(context, { mergedAreas: true }) },
  "detect (header areas)": { run: (context) => readHeaderArea(context, { mergedAreas: true }) },
  "validate + report": { run: validate() },
  "… + highlight": { run: validate({ rangeAreas: true }) },
  "… + highlight (1.7)": { run: validate({ rangeAreas: false }) },
  "highlight rows÷10 cells": { run: scattered(true) },
  "… (1.7, one per area)": { run: scattered(false) },
  "clear those": { run: clearHighlights, before: scattered(true) },
  "build dashboard": {
    run: (context) =>
      buildDashboard(context, { lang: "fa", mergedAreas: true, readingOrder: true }),
  },
  "take snapshot": { run: snapshot },
  "list + compare snapshot": {
    run: async (context) => {
      const [entry] = await listSnapshots(context);
      return compareWithSnapshot(context, entry.id, { mergedAreas: true });
    },
    before: snapshot,
  },
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`.padStart(9);

async function bench(): Promise<void> {
  console.log(
    `\nExcel adapter on the simulator (limit ${kb(PAYLOAD_LIMIT)} a request or response):`
  );
  console.log(
    `  ${"operation".padEnd(24)} ${"rows".padStart(7)} ${"syncs".padStart(6)}  largest request  largest response  time (simulated Excel)`
  );
  for (const rows of [1_000, 10_000, 100_000]) {
    const plan = generatePlan(rows);
    for (const [name, { run, before }] of Object.entries(OPERATIONS)) {
      const simulator = new SimRequestContext(modelFromSnapshot(plan));
      const context = simulator as unknown as Excel.RequestContext;
      await before?.(context, plan);
      simulator.syncs.length = 0;
      const started = performance.now();
      await run(context, plan);
      const ms = performance.now() - started;
      const { requestBytes, responseBytes } = simulator.largest();
      console.log(
        `  ${name.padEnd(24)} ${String(rows).padStart(7)} ${String(simulator.syncs.length).padStart(6)}  ${kb(requestBytes).padStart(15)}  ${kb(responseBytes).padStart(16)}  ${ms.toFixed(0).padStart(6)} ms`
      );
    }
  }
}

void bench();
