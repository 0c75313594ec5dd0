import { chartName } from "../../src/core/dashboard/dashboard-spec";
import { RAHBORD_SHEET_NAMES } from "../../src/core/report/rahbord-sheets";
import { buildDashboard, dashboardOf } from "../../src/excel/build-dashboard";
import { readPlan } from "../../src/excel/read-plan";
import { modelFromSnapshot } from "../../src/simulator/model-from-snapshot";
import { SimRequestContext } from "../../src/simulator/request-context";
import { generatePlan } from "../../tools/generate-plan";
import { dressAsUsersWorkbook, simulatedSample } from "../helpers/simulated-workbook";
import { userState } from "../helpers/workbook-state";

const now = new Date(2026, 10, 27, 10, 30);
const options = (lang: "fa" | "en") => ({ lang, mergedAreas: true, readingOrder: true, now });

const EXPECTED_CHARTS = [
  ["kpiByGoal", "BarStacked"],
  ["budgetByGoal", "ColumnClustered"],
  ["initiativesByStatus", "Pie"],
  ["coverage", "BarClustered"],
  ["budgetByYear", "ColumnClustered"],
  ["districtByGoal", "ColumnStacked"],
] as const;

test.each([
  ["plan-fa.xlsx", "fa", "داشبورد راهبرد"],
  ["plan-en.xlsx", "en", "Rahbord dashboard"],
] as const)(
  "on %s the dashboard holds six charts over its tables, in three syncs besides the read",
  async (file, lang, sheetName) => {
    const { model, simulator, context } = await simulatedSample(file);
    const outcome = await buildDashboard(context, options(lang));
    expect(outcome).toMatchObject({ kind: "built", sheet: sheetName, charts: 6 });
    const sheet = model.sheet(sheetName)!;
    expect(sheet.charts.map((c) => [c.name, c.chartType])).toEqual(
      EXPECTED_CHARTS.map(([table, type]) => [chartName(table), type])
    );
    for (const chart of sheet.charts) {
      expect(chart.source.sheet).toBe(sheet);
      // Each chart plots its table: the header row holds the series names, the label column text.
      const header = sheet.cell(chart.source.area.top, chart.source.area.left);
      expect(header?.numberFormat).toBe("@");
      expect(chart.source.area.right).toBeGreaterThan(chart.source.area.left);
      expect(chart.title.text).not.toBe("Chart Title");
    }
    const budget = sheet.charts.find((c) => c.name === chartName("budgetByGoal"))!;
    expect(budget.axisTitles.category).toBe(lang === "fa" ? "هدف" : "Goal");
    expect(budget.seriesColors).toEqual(["#2F5597", "#ED7D31"]);
    const heat = sheet.conditionalFormats.filter((f) => f.type === "ColorScale");
    expect(heat).toHaveLength(1);
    // The read's syncs (two and a chunk), then three.
    expect(simulator.syncs).toHaveLength(6);
    expect(model.active).toBe(sheet);
  }
);

test("a second build updates in place: the same six charts, a duplicate removed, the user's chart kept", async () => {
  const { model, context } = await simulatedSample("plan-fa.xlsx");
  await buildDashboard(context, options("fa"));
  const sheet = model.sheet("داشبورد راهبرد")!;
  const copy = { ...sheet.charts[0], id: "{copy}" };
  const mine = { ...sheet.charts[1], id: "{mine}", name: "My chart" };
  sheet.charts.push(copy, mine);
  sheet.setCell(200, 1, { value: "left over" });
  const sheets = model.sheets.length;
  await buildDashboard(context, options("en"));
  expect(model.sheets).toHaveLength(sheets);
  expect(sheet.name).toBe("Rahbord dashboard");
  expect(sheet.charts.map((c) => c.name)).toEqual([
    ...EXPECTED_CHARTS.map(([table]) => chartName(table)),
    "My chart",
  ]);
  expect(sheet.charts[0].title.text).toBe("KPI achievement by goal");
  expect(sheet.cell(200, 1)).toBeUndefined(); // the sheet is rewritten, not written over
  expect(sheet.conditionalFormats.filter((f) => f.type === "ColorScale")).toHaveLength(1);
});

test("building the dashboard leaves every other sheet as it was", async () => {
  const { model, context } = await simulatedSample("plan-fa-with-defects.xlsx");
  dressAsUsersWorkbook(model, model.sheets[0].name, 3);
  const before = userState(model, RAHBORD_SHEET_NAMES);
  expect(await buildDashboard(context, options("fa"))).toMatchObject({ kind: "built" });
  expect(userState(model, RAHBORD_SHEET_NAMES)).toBe(before);
});

test("the dashboard is never read as a plan sheet", async () => {
  const { model, context } = await simulatedSample("plan-en.xlsx");
  await buildDashboard(context, options("en"));
  const read = await readPlan(context, { mergedAreas: true });
  expect(read.kind === "read" && read.snapshot.sheets.map((s) => s.name)).not.toContain(
    "Rahbord dashboard"
  );
  expect(model.sheet("Rahbord dashboard")).toBeDefined();
});

test("the dashboard's own syncs stay three for a 50k-row plan, every request under 5 MB", async () => {
  const simulator = new SimRequestContext(modelFromSnapshot(generatePlan(50_000)));
  const context = simulator as unknown as Excel.RequestContext;
  const read = await readPlan(context, { mergedAreas: true });
  const readSyncs = simulator.syncs.length;
  simulator.syncs.length = 0;
  expect(read.kind).toBe("read");
  const outcome = await buildDashboard(context, options("fa"));
  expect(outcome).toMatchObject({ kind: "built", charts: 6 });
  expect(simulator.syncs).toHaveLength(readSyncs + 3);
  expect(simulator.largest().requestBytes).toBeLessThan(5 * 1024 * 1024);
}, 60_000);

test("in the simulator too, the dashboard's live figures come out as the engine's (the playground shows them)", async () => {
  const { model, context } = await simulatedSample("plan-fa.xlsx");
  const read = await readPlan(context, { mergedAreas: true });
  if (read.kind !== "read") throw new Error(read.kind);
  const spec = dashboardOf(read, "fa", now);
  await buildDashboard(context, options("fa"));
  const sheet = model.sheet(spec.sheetName)!;
  let live = 0;
  for (const table of spec.tables)
    table.rows.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (!cell.formula) return;
        live++;
        expect(sheet.cell(table.headerRow + 1 + i, j + 1)?.value).toBeCloseTo(
          cell.value as number,
          6
        );
      })
    );
  expect(live).toBeGreaterThan(40);
});
