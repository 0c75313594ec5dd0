/** A figure of a dashboard table: the engine's value, and the live formula that computes it when one can. */
export interface DashboardCell {
  value: string | number | null;
  /** An en-US formula over the user's sheets; absent for labels and the engine's own figures. */
  formula?: string;
}

export type ColumnKind = "label" | "count" | "money" | "percent";

export interface DashboardColumn {
  header: string;
  kind: ColumnKind;
}

export type TableId =
  | "kpiByGoal"
  | "budgetByGoal"
  | "initiativesByStatus"
  | "coverage"
  | "budgetByYear"
  | "districtByGoal";

/** One summary table: a label column, then figures; a chart plots it as it stands. */
export interface DashboardTable {
  id: TableId;
  title: string;
  /** What the rows are when they are a choice (too many to chart all). */
  note?: string;
  columns: DashboardColumn[];
  rows: DashboardCell[][];
}

export const label = (text: string): DashboardCell => ({ value: text });

/** A figure: live when there is a formula for it, else the engine's value as of the build. */
export const figure = (value: number | undefined, formula?: string): DashboardCell =>
  formula ? { value: value ?? 0, formula } : { value: value ?? null };

/** Columns whose figures (some or all) are the engine's, written as values "as of" the build. */
export const asOfColumns = (table: DashboardTable): string[] =>
  table.columns
    .filter(
      (column, j) =>
        column.kind !== "label" &&
        table.rows.some((row) => row[j] && row[j].formula === undefined && row[j].value !== null)
    )
    .map((c) => c.header);
