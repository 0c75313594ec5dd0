// `npm run bench`, part three: the Excel adapter on the workbook simulator — syncs and the largest
// request and response of each operation, for generated plans of 1k, 10k and 100k rows (validate
// reads the plan in chunks, runs the rules and writes the report sheet).
import { readHeaderArea } from "../src/excel/read-header-area";
import { readSnapshot } from "../src/excel/read-snapshot";
import { validateWorkbook } from "../src/excel/validate-workbook";
import { modelFromSnapshot } from "../src/simulator/model-from-snapshot";
import { PAYLOAD_LIMIT } from "../src/simulator/payload";
import { SimRequestContext } from "../src/simulator/request-context";
import { generatePlan } from "../tools/generate-plan";

const OPERATIONS = {
  "read (whole plan)": (context: Excel.RequestContext) =>
    readSnapshot(context, { mergedAreas: true }),
  "detect (header areas)": (context: Excel.RequestContext) =>
    readHeaderArea(context, { mergedAreas: true }),
  "validate + report": (context: Excel.RequestContext) =>
    validateWorkbook(context, { lang: "fa", mergedAreas: true, readingOrder: true }),
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
    for (const [name, run] of Object.entries(OPERATIONS)) {
      const simulator = new SimRequestContext(model());
      await run(simulator as unknown as Excel.RequestContext);
      const { requestBytes, responseBytes } = simulator.largest();
      console.log(
        `  ${name.padEnd(24)} ${String(rows).padStart(7)} ${String(simulator.syncs.length).padStart(6)}  ${kb(requestBytes).padStart(15)}  ${kb(responseBytes).padStart(16)}`
      );
    }
  }
}

void bench();
