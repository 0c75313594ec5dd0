import type { Translator } from "../../../core/i18n";
import { isBlank, isTotalLabel } from "../../../core/model/read-cells";
import type { SheetGrid } from "../../../core/model/sheet-grid";
import { dayFromExcelSerial, isDateFormat, toGregorianParts } from "../../../core/normalize/date";
import { cellText } from "../../../core/rules/show";

/** How many data rows the preview shows. */
export const PREVIEW_ROWS = 5;

/**
 * The first data rows below the header row, as the engine takes them: rows blank in every column
 * read, and rows that total the ones above («جمع», "Total"), are skipped.
 */
export function previewRows(grid: SheetGrid, headerRow: number, cols: readonly number[]): number[] {
  const rows: number[] = [];
  for (let row = headerRow + 1; row <= grid.lastRow && rows.length < PREVIEW_ROWS; row++) {
    const first = cols.map((col) => grid.value(row, col)).find((value) => !isBlank(value));
    if (first !== undefined && !isTotalLabel(first)) rows.push(row);
  }
  return rows;
}

/** A cell as the reader sees it: numbers in their digits, dates in their calendar. */
export function shownCell(grid: SheetGrid, row: number, col: number, i18n: Translator): string {
  const value = grid.value(row, col);
  if (typeof value !== "number") return cellText(value);
  const day = isDateFormat(grid.format(row, col)) ? dayFromExcelSerial(value) : undefined;
  if (day === undefined) return i18n.number(value);
  const { gy, gm, gd } = toGregorianParts(day);
  return i18n.date(new Date(gy, gm - 1, gd));
}
