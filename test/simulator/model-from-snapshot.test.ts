import { analyse } from "../../src/core/analyse";
import { detectMapping } from "../../src/core/mapping/detect";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { modelFromSnapshot } from "../../src/simulator/model-from-snapshot";
import { SimRequestContext } from "../../src/simulator/request-context";
import { generatePlan } from "../../tools/generate-plan";

/** Cells as the engine sees them: trailing empty cells mean nothing. */
const cells = (snapshot: WorkbookSnapshot) =>
  snapshot.sheets.map((s) => ({
    name: s.name,
    origin: s.origin,
    values: s.values.map((line) => {
      let end = line.length;
      while (end > 0 && line[end - 1] === null) end--;
      return line.slice(0, end);
    }),
  }));

test("a generated plan put in the simulator reads back with the same cells and findings", async () => {
  const snapshot = generatePlan(300);
  const simulator = new SimRequestContext(modelFromSnapshot(snapshot));
  const read = await readSnapshot(simulator as unknown as Excel.RequestContext, {
    mergedAreas: true,
  });
  expect(cells(read)).toEqual(cells(snapshot));
  const mapping = detectMapping(snapshot).mapping;
  expect(analyse(read, mapping).findings).toEqual(analyse(snapshot, mapping).findings);
});
