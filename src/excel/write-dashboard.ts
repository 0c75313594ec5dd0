import { DASHBOARD_SHEET_NAMES, dashboardWord } from "../core/dashboard/dashboard-labels";
import type { DashboardSpec, PlacedTable } from "../core/dashboard/dashboard-spec";
import type { ColumnKind } from "../core/dashboard/dashboard-table";
import { isRightToLeft, type Lang } from "../core/i18n";
import { cellAddress } from "../core/snapshot/address";

const FORMATS: Record<ColumnKind, string> = {
  label: "@", // text: a code or title beginning with "=", "-", "+" or "@" stays text
  count: "0",
  money: "#,##0",
  percent: "0%",
};
const HEADER_FILL = "#DDEBF7";
const HEAT_SCALE = { low: "#FFFFFF", high: "#2F5597" };

/** One table's cells: title, caption, header and rows; formulas where the figures are live. */
function writeTable(sheet: Excel.Worksheet, table: PlacedTable): void {
  const width = table.columns.length;
  const title = sheet.getRange(cellAddress(table.titleRow, 1));
  title.numberFormat = [["@"]];
  title.values = [[table.title]];
  title.format.font.bold = true;
  if (table.caption) {
    const caption = sheet.getRange(cellAddress(table.caption.row, 1));
    caption.numberFormat = [["@"]];
    caption.values = [[table.caption.text]];
    caption.format.font.italic = true;
  }
  const all = sheet.getRange(table.address);
  all.numberFormat = [
    table.columns.map(() => "@"),
    ...table.rows.map(() => table.columns.map((c) => FORMATS[c.kind])),
  ];
  all.values = [
    table.columns.map((c) => c.header),
    ...table.rows.map((row) => row.map((cell) => (cell.formula ? "" : (cell.value ?? "")))),
  ];
  const header = sheet.getRange(
    `${cellAddress(table.headerRow, 1)}:${cellAddress(table.headerRow, width)}`
  );
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  table.columns.forEach((_, j) => {
    if (!table.rows.some((row) => row[j].formula)) return;
    const column = sheet.getRange(
      `${cellAddress(table.headerRow + 1, j + 1)}:${cellAddress(table.headerRow + table.rows.length, j + 1)}`
    );
    // Only figures are written as formulas: a column of numbers and "=…" formulas, never text.
    column.formulas = table.rows.map((row) => [row[j].formula ?? row[j].value ?? ""]);
  });
}

/** The six charts, updated in place by their fixed names; a second chart of a name is removed. */
function writeCharts(sheet: Excel.Worksheet, spec: DashboardSpec, existing: Excel.Chart[]): void {
  const ours = new Set(spec.charts.map((c) => c.name));
  const kept = new Map<string, Excel.Chart>();
  for (const chart of existing) {
    if (!chart.name.startsWith("Rahbord_")) continue; // the user's own charts stay
    if (kept.has(chart.name) || !ours.has(chart.name)) chart.delete();
    else kept.set(chart.name, chart);
  }
  for (const look of spec.charts) {
    const table = spec.tables.find((t) => t.id === look.table)!;
    const source = sheet.getRange(table.address);
    const found = kept.get(look.name);
    const chart = found ?? sheet.charts.add(look.type, source, "Columns");
    if (found) {
      found.chartType = look.type;
      found.setData(source, "Columns");
    }
    chart.name = look.name;
    chart.title.text = look.title;
    chart.legend.visible = true;
    chart.legend.position = "Bottom";
    if (look.axes) {
      chart.axes.categoryAxis.title.text = look.axes.category;
      chart.axes.valueAxis.title.text = look.axes.value;
    }
    look.colors?.forEach((color, i) => chart.series.getItemAt(i).format.fill.setSolidColor(color));
    chart.setPosition(look.from, look.to);
  }
}

/**
 * Writes the dashboard sheet («داشبورد راهبرد» / "Rahbord dashboard"): rewritten in place on every
 * build (the sheet of either language reused and renamed, its cells and Rahbord's charts updated,
 * never a second one); no other sheet is touched. Three syncs, whatever the plan's size.
 */
export async function writeDashboard(
  context: Excel.RequestContext,
  spec: DashboardSpec,
  { lang, readingOrder }: { lang: Lang; readingOrder: boolean }
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const candidates = DASHBOARD_SHEET_NAMES.map((name) =>
    sheets.getItemOrNullObject(name).load("name")
  );
  await context.sync();

  const found = candidates.find((sheet) => !sheet.isNullObject);
  const sheet = found ?? sheets.add(spec.sheetName);
  const charts = found?.charts.load("items/name");
  if (found) {
    if (found.name !== spec.sheetName) found.name = spec.sheetName;
    found.getRange().clear();
    found.getRange().conditionalFormats.clearAll();
  }
  await context.sync();

  const head = sheet.getRange("A1:A3");
  head.numberFormat = [["@"], ["@"], ["@"]];
  head.values = [
    [spec.heading],
    [`${dashboardWord("builtAt", lang)}: ${spec.builtAt}`],
    [dashboardWord("live", lang)],
  ];
  sheet.getRange("A1").format.font.bold = true;
  for (const table of spec.tables) writeTable(sheet, table);
  writeCharts(sheet, spec, charts?.items ?? []);
  if (spec.heatMap) {
    const scale = sheet.getRange(spec.heatMap).conditionalFormats.add("ColorScale");
    scale.colorScale.criteria = {
      minimum: { type: "LowestValue", color: HEAT_SCALE.low },
      maximum: { type: "HighestValue", color: HEAT_SCALE.high },
    };
  }
  if (readingOrder && isRightToLeft(lang)) {
    const bottom = Math.max(3, ...spec.tables.map((t) => t.headerRow + t.rows.length));
    const right = Math.max(1, ...spec.tables.map((t) => t.columns.length));
    sheet.getRange(`A1:${cellAddress(bottom, right)}`).format.readingOrder = "RightToLeft";
  }
  sheet.activate();
  await context.sync();
}
