import type { Origin } from "../model/plan";
import type { CellValue, WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import { columnRange, type Spelling } from "./formula-parts";

/** Reads a cell of the snapshot by sheet name and worksheet coordinates. */
export function cellReader(snapshot: WorkbookSnapshot) {
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  return (sheet: string, row: number, column: number): CellValue => {
    const s = sheets.get(sheet);
    return s?.values[row - s.origin.row]?.[column - s.origin.column] ?? null;
  };
}

export type CellReader = ReturnType<typeof cellReader>;

/** A criterion value from a cell: its text or number as written; nothing for blanks and errors. */
export function spellingOf(value: CellValue): Spelling | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "") return value;
  return undefined;
}

/** The distinct spellings a field has in the given rows. */
export function spellings(
  read: CellReader,
  rows: readonly Origin[],
  field: string,
  column?: (row: Origin) => number | undefined
): Spelling[] {
  const found = new Set<Spelling>();
  for (const row of rows) {
    const c = column ? column(row) : row.columns[field];
    const s = c === undefined ? undefined : spellingOf(read(row.sheet, row.row, c));
    if (s !== undefined) found.add(s);
  }
  return [...found];
}

/**
 * Where a role's rows lie: its sheet and the span from its first to its last row. Formulas range
 * over that span, so rows edited in place are followed live; rows added below need a rebuild.
 */
export function rowSpan(rows: readonly Origin[]) {
  if (!rows.length) return undefined;
  let top = Infinity;
  let bottom = 0;
  for (const r of rows) {
    top = Math.min(top, r.row);
    bottom = Math.max(bottom, r.row);
  }
  const sheet = rows[0].sheet;
  return { sheet, top, bottom, range: (column: number) => columnRange(sheet, column, top, bottom) };
}
