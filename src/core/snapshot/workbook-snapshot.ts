/**
 * A workbook as the engine reads it. The Excel adapter and the CLI's .xlsx reader both produce
 * exactly this shape, so the engine never knows where a workbook came from.
 */

/** An Excel error value such as #N/A, #REF! or #DIV/0!. */
export interface CellError {
  error: string;
}

/** A cell as Excel stores it: dates are serial numbers (their number format tells them apart). */
export type CellValue = string | number | boolean | null | CellError;

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** A rectangle in worksheet coordinates (1-based, inclusive). */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  visibility: SheetVisibility;
  /** Worksheet row and column (1-based) of values[0][0]: the used range's top-left cell. */
  origin: { row: number; column: number };
  /** The used range, row by row; rows may be shorter than the widest (missing cells are empty). */
  values: CellValue[][];
  /** Number formats of the same cells, where known (they tell a date serial from a number). */
  numberFormats?: (string | null)[][];
  merged?: CellArea[];
  /** Excel tables on the sheet: a table's first row is its header row when it has one. */
  tables?: { name: string; area: CellArea; headerRow: boolean }[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null;
}
