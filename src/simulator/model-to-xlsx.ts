import ExcelJS from "exceljs";
import type { ModelCell, ModelVisibility, ModelWorkbook } from "./workbook-model";

const STATE: Record<ModelVisibility, ExcelJS.WorksheetState> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** A cell for exceljs: a formula with its last result, an error, or the value (empty as nothing). */
function valueOf(cell: ModelCell): ExcelJS.CellValue {
  const value: ExcelJS.CellValue = cell.error
    ? { error: cell.value as ExcelJS.CellErrorValue["error"] }
    : cell.value === ""
      ? null
      : cell.value;
  return cell.formula ? { formula: cell.formula.slice(1), result: value ?? undefined } : value;
}

/**
 * The simulated workbook as .xlsx bytes, so that LibreOffice and the CLI can read what the adapter
 * wrote: values, formulas with their results, number formats, right-to-left cells, merged areas.
 * Not yet: tables and custom XML parts.
 */
export async function modelToXlsx(model: ModelWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const ws = workbook.addWorksheet(sheet.name, { state: STATE[sheet.visibility] });
    for (const [row, line] of sheet.cells)
      for (const [column, cell] of line) {
        const target = ws.getCell(row, column);
        target.value = valueOf(cell);
        if (cell.numberFormat) target.numFmt = cell.numberFormat;
        if (cell.readingOrder)
          target.alignment = { readingOrder: cell.readingOrder === "RightToLeft" ? "rtl" : "ltr" };
      }
    for (const m of sheet.merged) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
