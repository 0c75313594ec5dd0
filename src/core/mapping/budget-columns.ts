import { resolveColumns, type SheetGrid } from "../model/sheet-grid";
import { columnLetters } from "../snapshot/address";
import { profileColumn } from "./column-profile";
import type { SheetDetection } from "./detect";
import { readHeader } from "./header-lexicon";
import { headerColumns, type HeaderColumn } from "./header-columns";
import type { ColumnRef, SheetMapping, WideColumn } from "./mapping-document";

/** Long: a line per row, its year and amounts in columns. Wide: a column per year and measure. */
export type BudgetLayout = "long" | "wide";

/** Fields read on every row, in both layouts. */
export const ROW_FIELDS = ["initiative", "source", "kind"] as const;
/** Fields only the long layout reads. */
export const LONG_FIELDS = ["year", "approved", "spent"] as const;
export type BudgetField = (typeof ROW_FIELDS)[number] | (typeof LONG_FIELDS)[number];

export type AmountMeasure = "approved" | "spent";

/** A sheet as the budget screen knows it: its header area, and what detection made of it. */
export interface BudgetSheet {
  grid: SheetGrid;
  detected?: SheetDetection;
}

/** A column of a wide budget: the amount it holds (none: not read), for which year and source. */
export interface AmountColumn {
  col: number;
  measure?: AmountMeasure;
  year?: number;
  /** As typed; trimmed when saved. */
  source?: string;
}

/** The budget part of the mapping, as the budget screen edits it. */
export interface BudgetDraft {
  sheet: string;
  headerRow: number;
  headers: readonly HeaderColumn[];
  layout: BudgetLayout;
  /** Field → worksheet column. */
  fields: Partial<Record<BudgetField, number>>;
  /** The columns that may hold amounts (numbers or a year in the header), for the wide layout. */
  amounts: readonly AmountColumn[];
}

const isAmount = <W extends WideColumn>(w: W): w is W & { measure: AmountMeasure } =>
  w.measure === "approved" || w.measure === "spent";

/** The header row's columns that have a header, or that the mapping reads. */
/** A column that may hold amounts: numbers below it, or when it is still empty, a year in its header. */
function mayHoldAmounts(grid: SheetGrid, headerRow: number, column: HeaderColumn): boolean {
  const profile = profileColumn(grid, column.col, headerRow + 1);
  return profile.filled > 0
    ? profile.numeric >= 0.5
    : readHeader(column.caption).year !== undefined;
}

/**
 * The draft of a sheet's budget part: from the mapping's budget role when it reads this sheet
 * (each column where the engine finds it now), else every field unread; a wide column's year is
 * taken from its header when the mapping gives none.
 */
export function budgetDraftOf(sheet: BudgetSheet, role?: SheetMapping): BudgetDraft {
  const { grid } = sheet;
  const headerRow = role?.headerRow ?? sheet.detected?.headerRow ?? grid.sheet.origin.row;
  const resolved = role && resolveColumns(grid, role);
  const fields: Partial<Record<BudgetField, number>> = {};
  for (const field of [...ROW_FIELDS, ...LONG_FIELDS]) {
    const col = resolved?.columns[field];
    if (col !== undefined) fields[field] = col;
  }
  const wide = (resolved?.wide ?? []).filter(isAmount);
  const mapped = new Set([...Object.values(fields), ...wide.map((w) => w.col)]);
  const headers = headerColumns(sheet, headerRow, (col) => mapped.has(col));
  const rowFields = new Set(ROW_FIELDS.map((field) => fields[field]));
  const amounts = headers.flatMap((h): AmountColumn[] => {
    const w = wide.find((x) => x.col === h.col);
    if (w) return [{ col: h.col, measure: w.measure, year: w.year, source: w.source }];
    if (rowFields.has(h.col) || !mayHoldAmounts(grid, headerRow, h)) return [];
    return [{ col: h.col, year: readHeader(h.caption).year }];
  });
  const long = fields.approved !== undefined || fields.spent !== undefined;
  const layout: BudgetLayout =
    wide.length > 0 || (!long && amounts.some((a) => a.year !== undefined)) ? "wide" : "long";
  return { sheet: grid.sheet.name, headerRow, headers, layout, fields, amounts };
}

/** The budget role the draft says: the fields of its layout, and in the wide layout its read columns. */
export function budgetRoleOf(draft: BudgetDraft): SheetMapping {
  const ref = (col: number): ColumnRef => {
    const header = draft.headers.find((h) => h.col === col)?.header;
    return { column: columnLetters(col), ...(header ? { header } : {}) };
  };
  const wide = draft.layout === "wide";
  const columns: Record<string, ColumnRef> = {};
  for (const field of wide ? ROW_FIELDS : [...ROW_FIELDS, ...LONG_FIELDS]) {
    const col = draft.fields[field];
    if (col !== undefined) columns[field] = ref(col);
  }
  const amounts = wide
    ? draft.amounts.flatMap(({ col, measure, year, source }): WideColumn[] => {
        if (!measure) return [];
        const named = source?.trim();
        return [
          {
            ...ref(col),
            measure,
            ...(year !== undefined ? { year } : {}),
            ...(named ? { source: named } : {}),
          },
        ];
      })
    : [];
  return {
    sheet: draft.sheet,
    headerRow: draft.headerRow,
    columns,
    ...(amounts.length ? { wide: amounts } : {}),
  };
}
