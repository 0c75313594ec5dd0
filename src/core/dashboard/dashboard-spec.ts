import type { Lang } from "../i18n";
import type { Plan } from "../model/plan";
import type { Rollups } from "../rollups/compute-rollups";
import type { PlanIndex } from "../rules/plan-index";
import { cellAddress } from "../snapshot/address";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import { asOfCaption, dashboardWord, type DashboardWord } from "./dashboard-labels";
import { asOfColumns, type DashboardTable, type TableId } from "./dashboard-table";
import { dashboardTables } from "./dashboard-tables";

/** A table where it lands on the dashboard sheet (1-based rows and columns). */
export interface PlacedTable extends DashboardTable {
  titleRow: number;
  /** What the rows are, and which figures are the engine's values of the build time. */
  caption?: { row: number; text: string };
  headerRow: number;
  /** Header and rows: what its chart plots. */
  address: string;
  /** The figures alone (for the heat map's colour scale). */
  bodyAddress: string;
}

export interface DashboardChart {
  /** Fixed, so a rebuild finds and updates the chart instead of adding another. */
  name: string;
  table: TableId;
  /** Excel.ChartType. */
  type: "BarStacked" | "ColumnClustered" | "Pie" | "BarClustered" | "ColumnStacked";
  title: string;
  axes?: { category: string; value: string };
  /** Series colours in column order; Excel's palette when absent. */
  colors?: string[];
  /** Where the chart sits: the cells its corners cover. */
  from: string;
  to: string;
}

export interface DashboardSpec {
  sheetName: string;
  heading: string;
  builtAt: string;
  tables: PlacedTable[];
  charts: DashboardChart[];
  /** The district × goal figures, coloured by a scale. */
  heatMap?: string;
}

const CHART_ROWS = 16;
const CHART_COLUMNS = 8;
const STATUS_COLORS = ["#2E7D32", "#F9A825", "#C62828"];
const PAIR_COLORS = ["#2F5597", "#ED7D31"];

const CHARTS: Record<
  TableId,
  Pick<DashboardChart, "type" | "colors"> & { valueAxis?: DashboardWord }
> = {
  kpiByGoal: { type: "BarStacked", colors: STATUS_COLORS, valueAxis: "progress" },
  budgetByGoal: { type: "ColumnClustered", colors: PAIR_COLORS, valueAxis: "amount" },
  // A pie has no axes.
  initiativesByStatus: { type: "Pie" },
  coverage: { type: "BarClustered", colors: PAIR_COLORS, valueAxis: "count" },
  budgetByYear: { type: "ColumnClustered", colors: PAIR_COLORS, valueAxis: "amount" },
  districtByGoal: { type: "ColumnStacked", valueAxis: "count" },
};

export const chartName = (table: TableId) => `Rahbord_${table}`;

/**
 * The dashboard: six summary tables stacked down the sheet, each with its chart beside it, and the
 * heat map's scale. Figures are live formulas over the user's sheets where a plain formula can
 * compute them (budgets, counts); the others are the engine's values, captioned with `builtAt`.
 */
export function dashboardSpec(
  snapshot: WorkbookSnapshot,
  plan: Plan,
  index: PlanIndex,
  rollups: Rollups,
  lang: Lang,
  builtAt: string
): DashboardSpec {
  const tables = dashboardTables(snapshot, plan, index, rollups, lang).filter(
    (t) => t.rows.length > 0
  );
  const chartColumn = Math.max(...tables.map((t) => t.columns.length), 1) + 2;
  const placed: PlacedTable[] = [];
  const charts: DashboardChart[] = [];
  let top = 4;
  for (const table of tables) {
    const stale = asOfColumns(table);
    const notes = [table.note, stale.length ? asOfCaption(lang, builtAt, stale) : undefined];
    const text = notes.filter(Boolean).join(" ");
    const caption = text ? { row: top + 1, text } : undefined;
    const headerRow = top + (caption ? 2 : 1);
    const bottom = headerRow + table.rows.length;
    const right = table.columns.length;
    placed.push({
      ...table,
      titleRow: top,
      caption,
      headerRow,
      address: `${cellAddress(headerRow, 1)}:${cellAddress(bottom, right)}`,
      bodyAddress: `${cellAddress(headerRow + 1, 2)}:${cellAddress(bottom, right)}`,
    });
    const { valueAxis, ...look } = CHARTS[table.id];
    charts.push({
      name: chartName(table.id),
      table: table.id,
      title: table.title,
      ...look,
      ...(valueAxis && {
        axes: { category: table.columns[0].header, value: dashboardWord(valueAxis, lang) },
      }),
      from: cellAddress(top, chartColumn),
      to: cellAddress(top + CHART_ROWS - 1, chartColumn + CHART_COLUMNS - 1),
    });
    top = Math.max(bottom, top + CHART_ROWS) + 2;
  }
  return {
    sheetName: dashboardWord("sheet", lang),
    heading: dashboardWord("heading", lang),
    builtAt,
    tables: placed,
    charts,
    heatMap: placed.find((t) => t.id === "districtByGoal")?.bodyAddress,
  };
}
