// `npm run bench`, part three: the Excel adapter on the workbook simulator — syncs and the largest
// request and response of each operation, for generated plans of 1k, 10k and 100k rows (validate
// reads the plan in chunks, runs the rules and writes the report sheet; highlight adds the marks;
// clear removes them from a workbook highlighted just before, which is not counted).
import { clearHighlights } from "../src/excel/highlight";
import { readHeaderArea } from "../src/excel/read-header-area";
import { readSnapshot } from "../src/excel/read-snapshot";
import { validateWorkbook } from "../src/excel/validate-workbook";
import { modelFromSnapshot } from "../src/simulator/model-from-snapshot";
import { PAYLOAD_LIMIT } from "../src/simulator/payload";
import { SimRequestContext } from "../src/simulator/request-context";
import { generatePlan } from "../tools/generate-plan";

type Run = (context: Excel.RequestContext) => Promise<unknown>;

const validate =
  (highlight?: { rangeAreas: boolean }): Run =>
  (context) =>
    validateWorkbook(context, {
      lang: "fa",
      mergedAreas: true,
      readingOrder: true,
      ...(highlight && { highlight }),
    });

/** Each operation, and what the workbook must have been through before it (not counted). */
const OPERATIONS: Record<string, { run: Run; before?: Run }> = {
  "read (whole plan)": { run: (context) => readSnapshot(context, { mergedAreas: true }) },
  "detect (header areas)": { run: (context) => readHeaderArea(context, { mergedAreas: true }) },
  "validate + report": { run: validate() },
  "… + highlight": { run: validate({ rangeAreas: true }) },
  "… + highlight (1.7)": { run: validate({ rangeAreas: false }) },
  "clear highlights": { run: clearHighlights, before: validate({ rangeAreas: true }) },
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`.padStart(9);

async function bench(): Promise<void> {
  console.log(
    `\nExcel adapter on the simulator (limit ${kb(PAYLOAD_LIMIT)} a request or response):`
  );
  console.log(
    `  ${"operation".padEnd(24)} ${"rows".padStart(7)} ${"syncs".padStart(6)}  largest request  largest response`
  );
  for (const rows of [1_000, 10_000, 100_000]) {
    const model = () => modelFromSnapshot(generatePlan(rows));
    for (const [name, { run, before }] of Object.entries(OPERATIONS)) {
      const simulator = new SimRequestContext(model());
      const context = simulator as unknown as Excel.RequestContext;
      await before?.(context);
      simulator.syncs.length = 0;
      await run(context);
      const { requestBytes, responseBytes } = simulator.largest();
      console.log(
        `  ${name.padEnd(24)} ${String(rows).padStart(7)} ${String(simulator.syncs.length).padStart(6)}  ${kb(requestBytes).padStart(15)}  ${kb(responseBytes).padStart(16)}`
      );
    }
  }
}

void bench();
