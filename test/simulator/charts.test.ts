import { deriveSeries } from "../../src/simulator/model-chart";
import { SimRequestContext } from "../../src/simulator/request-context";
import { ModelSheet, ModelWorkbook, type ModelValue } from "../../src/simulator/workbook-model";

/** "Plan" A1:C4: a blank corner, goals G1…G3 down column A, years 1403 and 1404 across row 1. */
const table: ModelValue[][] = [
  ["", "1403", "1404"],
  ["G1", 10, 11],
  ["G2", 20, 21],
  ["G3", 30, true],
];

function workbook() {
  const plan = new ModelSheet("Plan");
  table.forEach((line, r) => line.forEach((value, c) => plan.setCell(r + 1, c + 1, { value })));
  return new ModelWorkbook([plan, new ModelSheet("Charts")]);
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: { code: string }) => error
  );

describe("series derived from a source range", () => {
  test("by columns: the header row names the series, the text column gives categories", () => {
    expect(deriveSeries(table, "Columns")).toEqual([
      { name: "1403", categories: ["G1", "G2", "G3"], values: [10, 20, 30] },
      { name: "1404", categories: ["G1", "G2", "G3"], values: [11, 21, true] },
    ]);
  });

  test("by rows: the first column names the series, the header row gives categories", () => {
    expect(deriveSeries(table, "Rows")).toEqual([
      { name: "G1", categories: ["1403", "1404"], values: [10, 11] },
      { name: "G2", categories: ["1403", "1404"], values: [20, 21] },
      { name: "G3", categories: ["1403", "1404"], values: [30, true] },
    ]);
  });

  test("numbers alone: series are Series1, Series2… over categories 1, 2, 3…", () => {
    const numbers = [
      [1, 2],
      [3, 4],
      [5, 6],
    ];
    expect(deriveSeries(numbers, "Columns")).toEqual([
      { name: "Series1", categories: [1, 2, 3], values: [1, 3, 5] },
      { name: "Series2", categories: [1, 2, 3], values: [2, 4, 6] },
    ]);
    expect(deriveSeries(numbers, "Rows").map((s) => [s.name, s.values])).toEqual([
      ["Series1", [1, 2]],
      ["Series2", [3, 4]],
      ["Series3", [5, 6]],
    ]);
  });

  test("a header row without a category column, and the reverse", () => {
    const headed = [
      ["Cost", "Gain"],
      [1, 2],
    ];
    expect(deriveSeries(headed, "Columns")).toEqual([
      { name: "Cost", categories: [1], values: [1] },
      { name: "Gain", categories: [1], values: [2] },
    ]);
    const labelled = [
      ["G1", 1],
      ["G2", 2],
    ];
    expect(deriveSeries(labelled, "Columns")).toEqual([
      { name: "Series1", categories: ["G1", "G2"], values: [1, 2] },
    ]);
  });

  test("Auto reads by columns unless there are more columns than rows", () => {
    expect(deriveSeries(table, "Auto")).toEqual(deriveSeries(table, "Columns"));
    const wide = [
      ["", "Q1", "Q2", "Q3"],
      ["Sales", 1, 2, 3],
    ];
    expect(deriveSeries(wide, "Auto")).toEqual(deriveSeries(wide, "Rows"));
    expect(deriveSeries(wide, "Auto").map((s) => s.name)).toEqual(["Sales"]);
  });
});

describe("charts", () => {
  test("add names charts Chart 1, Chart 2… and plots a range of another sheet", async () => {
    const model = workbook();
    const context = new SimRequestContext(model);
    const source = context.workbook.worksheets.getItem("Plan").getRange("A1:C4");
    const charts = context.workbook.worksheets.getItem("Charts").charts;
    const first = charts.add("ColumnClustered", source, "Columns");
    const second = charts.add("Pie", source, "Rows");
    first.load("name, chartType, id");
    second.load("name, chartType, id");
    const count = charts.getCount();
    expect(() => first.name).toThrow(
      expect.objectContaining({ code: "PropertyNotLoaded" }) as unknown as Error
    );
    await context.sync();
    expect([first.name, first.chartType, second.name, second.chartType]).toEqual([
      "Chart 1",
      "ColumnClustered",
      "Chart 2",
      "Pie",
    ]);
    expect(first.id).not.toBe(second.id);
    expect(count.value).toBe(2);
    expect(model.sheets[0].charts).toHaveLength(0);
    expect(context.syncs).toHaveLength(1);
  });

  test("series load their names and give values and categories as text", async () => {
    const context = new SimRequestContext(workbook());
    const sheet = context.workbook.worksheets.getItem("Plan");
    const chart = sheet.charts.add("Line", sheet.getRange("A1:C4"), "Columns");
    const series = chart.series.load("items/name");
    await context.sync();
    expect(series.items.map((s) => s.name)).toEqual(["1403", "1404"]);
    const values = series.items[1].getDimensionValues("Values");
    const categories = series.items[1].getDimensionValues("Categories");
    await context.sync();
    expect(values.value).toEqual(["11", "21", "TRUE"]);
    expect(categories.value).toEqual(["G1", "G2", "G3"]);
    expect(context.syncs).toHaveLength(2);
  });

  test("a chart follows its source cells", async () => {
    const model = workbook();
    const context = new SimRequestContext(model);
    const sheet = context.workbook.worksheets.getItem("Plan");
    const chart = sheet.charts.add("Line", sheet.getRange("A1:C4"), "Columns");
    const series = chart.series.load("items/name");
    await context.sync();
    sheet.getRange("B1").values = [["Goal"]];
    const values = series.items[0].getDimensionValues("Values");
    const renamed = chart.series.load("items/name");
    await context.sync();
    expect(renamed.items.map((s) => s.name)).toEqual(["Goal", "1404"]);
    expect(values.value).toEqual(["10", "20", "30"]);
  });

  test("setData rebinds the chart: new series names and values", async () => {
    const context = new SimRequestContext(workbook());
    const sheet = context.workbook.worksheets.getItem("Plan");
    const chart = sheet.charts.add("BarClustered", sheet.getRange("A1:B4"), "Columns");
    chart.setData(sheet.getRange("A1:C4"), "Rows");
    const series = chart.series.load("items/name");
    await context.sync();
    expect(series.items.map((s) => s.name)).toEqual(["G1", "G2", "G3"]);
    const values = series.items[2].getDimensionValues("Values");
    await context.sync();
    expect(values.value).toEqual(["30", "TRUE"]);
  });

  test("scatter dimensions are not modelled", async () => {
    const context = new SimRequestContext(workbook());
    const sheet = context.workbook.worksheets.getItem("Plan");
    const series = sheet.charts.add("Line", sheet.getRange("A1:C4")).series.load("items/name");
    await context.sync();
    series.items[0].getDimensionValues("XValues");
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
  });

  test("a new chart is titled after its only series, else 'Chart Title'", async () => {
    const context = new SimRequestContext(workbook());
    const sheet = context.workbook.worksheets.getItem("Plan");
    const one = sheet.charts.add("Pie", sheet.getRange("A1:B4"), "Columns");
    const two = sheet.charts.add("Pie", sheet.getRange("A1:C4"), "Columns");
    one.title.load("text, visible");
    two.title.load("text");
    await context.sync();
    expect([one.title.text, one.title.visible, two.title.text]).toEqual([
      "1403",
      true,
      "Chart Title",
    ]);
  });

  test("title, axis titles and legend load after a sync and are set at the next", async () => {
    const context = new SimRequestContext(workbook());
    const sheet = context.workbook.worksheets.getItem("Plan");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"), "Columns");
    const title = chart.title.load("text");
    expect(() => title.text).toThrow(/'text' is not available/);
    const valueTitle = chart.axes.valueAxis.title.load("text, visible");
    await context.sync();
    expect([valueTitle.text, valueTitle.visible]).toEqual(["", false]);
    chart.title.text = "اهداف";
    chart.axes.categoryAxis.title.text = "Goal";
    chart.axes.valueAxis.title.text = "Amount";
    chart.legend.visible = false;
    chart.legend.position = "Right";
    chart.title.load("text");
    chart.axes.categoryAxis.title.load("text");
    chart.axes.valueAxis.title.load("text, visible");
    chart.legend.load("visible, position");
    await context.sync();
    expect(chart.axes.valueAxis.title).toBe(valueTitle);
    expect([title.text, chart.axes.categoryAxis.title.text]).toEqual(["اهداف", "Goal"]);
    expect([valueTitle.text, valueTitle.visible]).toEqual(["Amount", true]);
    expect([chart.legend.visible, chart.legend.position]).toEqual([false, "Right"]);
    expect(context.syncs).toHaveLength(2);
  });

  test("a hidden title keeps its text until a new text shows it", async () => {
    const model = workbook();
    const context = new SimRequestContext(model);
    const sheet = context.workbook.worksheets.getItem("Plan");
    const chart = sheet.charts.add("Line", sheet.getRange("A1:C4"));
    chart.title.visible = false;
    await context.sync();
    expect(model.sheets[0].charts[0].title).toEqual({ text: "Chart Title", visible: false });
    chart.title.text = "Plan";
    await context.sync();
    expect(model.sheets[0].charts[0].title).toEqual({ text: "Plan", visible: true });
  });

  test("names may repeat; getItem gives the first", async () => {
    const context = new SimRequestContext(workbook());
    const sheet = context.workbook.worksheets.getItem("Plan");
    sheet.charts.add("Line", sheet.getRange("A1:C4")).name = "Goals";
    sheet.charts.add("Pie", sheet.getRange("A1:B4")).name = "Goals";
    const found = sheet.charts.getItem("goals").load("chartType");
    const all = sheet.charts.load("items/name, items/chartType");
    await context.sync();
    expect(found.chartType).toBe("Line");
    expect(all.items.map((c) => [c.name, c.chartType])).toEqual([
      ["Goals", "Line"],
      ["Goals", "Pie"],
    ]);
  });

  test("getItem of a missing chart fails the sync; getItemOrNullObject gives a null object", async () => {
    const context = new SimRequestContext(workbook());
    const charts = context.workbook.worksheets.getItem("Plan").charts;
    const missing = charts.getItemOrNullObject("Goals");
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    charts.getItem("Goals").load("name");
    expect(await rejection(context.sync())).toMatchObject({ code: "ItemNotFound" });
  });

  test("delete removes the chart; a chart's sheet takes its charts along", async () => {
    const model = workbook();
    const context = new SimRequestContext(model);
    const sheets = context.workbook.worksheets;
    const source = sheets.getItem("Plan").getRange("A1:C4");
    const doomed = sheets.getItem("Plan").charts.add("Line", source);
    sheets.getItem("Plan").charts.add("Pie", source);
    sheets.getItem("Charts").charts.add("Line", source);
    await context.sync();
    doomed.delete();
    const count = sheets.getItem("Plan").charts.getCount();
    await context.sync();
    expect(count.value).toBe(1);
    sheets.getItem("Charts").delete();
    await context.sync();
    expect(model.sheets.map((s) => [s.name, s.charts.length])).toEqual([["Plan", 1]]);
  });

  test("position and size: set directly, or by cells at Excel's default cell size", async () => {
    const context = new SimRequestContext(workbook());
    const sheet = context.workbook.worksheets.getItem("Plan");
    const chart = sheet.charts
      .add("Line", sheet.getRange("A1:C4"))
      .load("top, left, width, height");
    await context.sync();
    expect([chart.top, chart.left, chart.width, chart.height]).toEqual([0, 0, 360, 216]);
    chart.setPosition("C3", sheet.getRange("E10"));
    chart.load("top, left, width, height");
    await context.sync();
    expect([chart.top, chart.left, chart.width, chart.height]).toEqual([30, 96, 144, 120]);
    chart.width = 500;
    chart.setPosition(sheet.getRange("A2:B3"));
    chart.load("top, left, width, height");
    await context.sync();
    expect([chart.top, chart.left, chart.width, chart.height]).toEqual([15, 0, 500, 120]);
    chart.height = -1;
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
  });

  test("setPosition refuses cells of another sheet and an end before the start", async () => {
    const context = new SimRequestContext(workbook());
    const sheets = context.workbook.worksheets;
    const chart = sheets.getItem("Plan").charts.add("Line", sheets.getItem("Plan").getRange("A1"));
    chart.setPosition(sheets.getItem("Charts").getRange("A1"));
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
    chart.setPosition("D4", "B2");
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
  });
});
