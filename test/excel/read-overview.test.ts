import { readWorkbookOverview } from "../../src/excel/read-overview";
import { simulatedContext } from "../helpers/simulated-workbook";

test("reads every sheet's size in two syncs, whatever the number of sheets", async () => {
  for (const count of [1, 40]) {
    const sheets = Array.from({ length: count }, (_, i) => ({
      name: `Sheet ${i + 1}`,
      visibility: i === 0 ? ("Visible" as const) : ("Hidden" as const),
      used: i % 2 === 0 ? ([10 + i, 4] as [number, number]) : undefined,
    }));
    const { context, simulator } = simulatedContext(sheets);
    const overview = await readWorkbookOverview(context);
    expect(simulator.syncs).toHaveLength(2);
    expect(overview.sheets).toHaveLength(count);
    expect(overview.sheets[0]).toEqual({
      name: "Sheet 1",
      visibility: "Visible",
      rows: 10,
      columns: 4,
    });
    if (count > 1) {
      expect(overview.sheets[1]).toEqual({
        name: "Sheet 2",
        visibility: "Hidden",
        rows: 0,
        columns: 0,
      });
    }
  }
});
