import type ExcelJS from "exceljs";
import type { CellValue, SheetVisibility } from "../core/snapshot/workbook-snapshot";

/** exceljs's sheet states as office.js names them. */
export const VISIBILITY: Record<string, SheetVisibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

const DAY_MS = 86_400_000;
/** Days from Excel's epoch (1899-12-30 in the 1900 system, 1904-01-01 in the 1904 one) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = { 1900: 25_569, 1904: 24_107 } as const;

/** Excel's serial for a date exceljs decoded (it decodes serials as UTC midnights plus the time). */
export function serialOf(date: Date, system: 1900 | 1904): number {
  return date.getTime() / DAY_MS + UNIX_EPOCH_SERIAL[system];
}

/** The date exceljs would decode an Excel serial as: the inverse of serialOf. */
export function dateOfSerial(serial: number, system: 1900 | 1904): Date {
  return new Date((serial - UNIX_EPOCH_SERIAL[system]) * DAY_MS);
}

function richText(parts: { text: string }[]): string {
  return parts.map((p) => p.text).join("");
}

/** A cell as Excel shows it: formulas by their cached result, rich text and hyperlinks by their text. */
export function cellValue(value: ExcelJS.CellValue, system: 1900 | 1904): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return serialOf(value, system);
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return richText(value.richText);
  if ("formula" in value || "sharedFormula" in value)
    return cellValue((value as { result?: ExcelJS.CellValue }).result ?? null, system);
  if ("hyperlink" in value) {
    const text = value.text as unknown;
    return typeof text === "string"
      ? text
      : richText((text as { richText: { text: string }[] }).richText);
  }
  return null;
}

/** exceljs's ValueType of a formula cell. */
const FORMULA = 6;

/**
 * A cell's value as Excel shows it. exceljs's `cell.value` drops a formula's cached result when it
 * is 0 or FALSE (its getter skips falsy results), so a formula's result is taken from its model.
 */
export function cellValueOf(cell: ExcelJS.Cell, system: 1900 | 1904): CellValue {
  if (cell.type !== FORMULA) return cellValue(cell.value, system);
  const { result } = cell.model as { result?: ExcelJS.CellValue };
  return cellValue(result ?? null, system);
}
