import ExcelJS from "exceljs";
import { areaOfRange } from "../core/snapshot/address";
import { cellValue, VISIBILITY } from "../xlsx/cell-value";
import { tablesOf } from "../xlsx/tables";
import { ModelSheet, ModelWorkbook, type ModelCell } from "./workbook-model";

/** exceljs's ValueType for the covered cells of a merged area (empty in Excel). */
const MERGE = 1;

/**
 * A workbook for the simulator from an .xlsx file's bytes: each cell's value as Excel shows it
 * (formula results, dates as serial numbers, errors), its formula and its number format, and
 * each sheet's merged areas and tables.
 */
export async function modelFromXlsx(data: ArrayBuffer | Uint8Array): Promise<ModelWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  const system = workbook.properties?.date1904 ? 1904 : 1900;
  return new ModelWorkbook(
    workbook.worksheets.map((ws) => {
      const sheet = new ModelSheet(ws.name, VISIBILITY[ws.state] ?? "Visible");
      ws.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          if (cell.type === MERGE) return;
          const value = cellValue(cell.value, system);
          const format = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
          if (value === null && format === undefined) return;
          const model: ModelCell =
            value !== null && typeof value === "object"
              ? { value: value.error, error: true }
              : { value: value ?? "" };
          if (cell.formula) model.formula = `=${cell.formula}`;
          if (format !== undefined) model.numberFormat = format;
          const order = cell.alignment?.readingOrder;
          if (order === "rtl" || order === "ltr")
            model.readingOrder = order === "rtl" ? "RightToLeft" : "LeftToRight";
          sheet.setCell(r, c, model);
        })
      );
      sheet.merged = ws.model.merges.flatMap((range) => areaOfRange(range) ?? []);
      sheet.tables.push(...tablesOf(ws));
      return sheet;
    })
  );
}
