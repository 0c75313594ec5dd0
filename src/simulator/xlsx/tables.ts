import type ExcelJS from "exceljs";
import { cellAddress } from "../../core/snapshot/address";
import type { ModelSheet } from "../workbook-model";
import { excelValue } from "./cells";

const numbers = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Adds the sheet's tables. addTable writes its header names and rows into the cells (names as
 * text), so the cells must be written after it to keep the model's values exactly.
 */
export function addTables(ws: ExcelJS.Worksheet, sheet: ModelSheet): void {
  for (const { name, area, headerRow } of sheet.tables) {
    const columns = numbers(area.left, area.right).map((column, i) => {
      const header = headerRow ? String(sheet.cell(area.top, column)?.value ?? "") : "";
      return { name: header || `Column${i + 1}` }; // Excel's name for a column without one
    });
    const rows = numbers(area.top + (headerRow ? 1 : 0), area.bottom).map((row) =>
      numbers(area.left, area.right).map((column) => {
        const cell = sheet.cell(row, column);
        return cell ? excelValue(cell) : null;
      })
    );
    ws.addTable({ name, ref: cellAddress(area.top, area.left), headerRow, columns, rows });
  }
}
