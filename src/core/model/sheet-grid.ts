import { columnNumber } from "../snapshot/address";
import type { ColumnRef, SheetMapping, WideColumn } from "../mapping/mapping-document";
import { canonicalWords } from "../normalize/text";
import type { CellValue, SheetSnapshot } from "../snapshot/workbook-snapshot";

/** A sheet snapshot addressed in worksheet coordinates (1-based rows and columns). */
export class SheetGrid {
  readonly lastRow: number;
  readonly lastColumn: number;

  constructor(readonly sheet: SheetSnapshot) {
    this.lastRow = sheet.origin.row + sheet.values.length - 1;
    const widest = sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
    this.lastColumn = sheet.origin.column + widest - 1;
  }

  value(row: number, column: number): CellValue {
    return (
      this.sheet.values[row - this.sheet.origin.row]?.[column - this.sheet.origin.column] ?? null
    );
  }

  format(row: number, column: number): string | null {
    return (
      this.sheet.numberFormats?.[row - this.sheet.origin.row]?.[
        column - this.sheet.origin.column
      ] ?? null
    );
  }
}

/**
 * Where each mapped column is now: found by its recorded header in the header row when that header
 * is still there (columns may have been moved), else by its letter.
 */
export function resolveColumns(grid: SheetGrid, mapping: SheetMapping) {
  // Only a header that occurs once identifies a column ("1398" under both «مصوب» and «عملکرد» does not).
  const byHeader = new Map<string, number | undefined>();
  for (let column = grid.sheet.origin.column; column <= grid.lastColumn; column++) {
    const header = grid.value(mapping.headerRow, column);
    if ((typeof header === "string" && header.trim()) || typeof header === "number") {
      const key = canonicalWords(String(header));
      byHeader.set(key, byHeader.has(key) ? undefined : column);
    }
  }
  const locate = (ref: ColumnRef): number | undefined =>
    (ref.header ? byHeader.get(canonicalWords(ref.header)) : undefined) ?? columnNumber(ref.column);

  const columns: Record<string, number> = {};
  for (const [field, ref] of Object.entries(mapping.columns)) {
    const column = locate(ref);
    if (column !== undefined) columns[field] = column;
  }
  const wide: (WideColumn & { col: number })[] = [];
  for (const w of mapping.wide ?? []) {
    const col = locate(w);
    if (col !== undefined) wide.push({ ...w, col });
  }
  return { columns, wide };
}
