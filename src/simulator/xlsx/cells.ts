import type ExcelJS from "exceljs";
import { cellValueOf } from "../../xlsx/cell-value";
import type { ModelCell } from "../workbook-model";
import { cellFormatOf, writeCellFormat } from "./cell-format";
import { excelHyperlink } from "./hyperlinks";
import { excelValidation } from "./validation";

/** exceljs's ValueType for the covered cells of a merged area (empty in Excel). */
const MERGE = 1;

/**
 * A cell as the model keeps it (its value as Excel shows it, formula and formatting), or undefined
 * when it holds none of these. Links, notes and validation are read from the sheet separately.
 */
export function modelCellOf(cell: ExcelJS.Cell, system: 1900 | 1904): ModelCell | undefined {
  if (cell.type === MERGE) return undefined;
  const value = cellValueOf(cell, system);
  const model: ModelCell =
    value !== null && typeof value === "object"
      ? { value: value.error, error: true }
      : { value: value ?? "" };
  if (cell.formula) model.formula = `=${cell.formula}`;
  Object.assign(model, cellFormatOf(cell));
  return value === null && Object.keys(model).length === 1 ? undefined : model;
}

/**
 * A cell's value for exceljs: a formula with its last result, an error, a link, or the value
 * (empty as nothing). A formula wins over a link: exceljs keeps only one of the two.
 */
export function excelValue(cell: ModelCell): ExcelJS.CellValue {
  const value: ExcelJS.CellValue = cell.error
    ? { error: cell.value as ExcelJS.CellErrorValue["error"] }
    : cell.value === ""
      ? null
      : cell.value;
  if (cell.formula) return { formula: cell.formula.slice(1), result: value ?? undefined };
  return cell.hyperlink ? excelHyperlink(String(cell.value), cell.hyperlink) : value;
}

export function writeCell(target: ExcelJS.Cell, cell: ModelCell): void {
  target.value = excelValue(cell);
  writeCellFormat(target, cell);
  if (cell.note !== undefined) target.note = cell.note;
  if (cell.validation) target.dataValidation = excelValidation(cell.validation);
}
