import type ExcelJS from "exceljs";
import type { CellArea, CellValue, SheetSnapshot } from "../core/snapshot/workbook-snapshot";
import { cellValueOf, VISIBILITY } from "./cell-value";
import { tablesOf } from "./tables";

/** exceljs's cell types (its ValueType enum), by number so no runtime import is needed for them. */
const NULL = 0;
const MERGE = 1;

/** A number format worth keeping: one that may make a number a date (General tells nothing). */
function formatOf(cell: ExcelJS.Cell, value: CellValue): string | null {
  if (typeof value !== "number") return null;
  const format = cell.numFmt;
  return format && format !== "General" ? format : null;
}

/**
 * One worksheet as the engine's snapshot: the used range from its first to its last filled cell,
 * merged areas (only their top-left cell holds the value, as in Excel), and visibility.
 */
export function sheetSnapshot(sheet: ExcelJS.Worksheet, system: 1900 | 1904): SheetSnapshot {
  // Rows and columns from 1; trimmed to the first filled row and column at the end.
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const merged = new Map<string, CellArea>();
  let top = Infinity;
  let left = Infinity;
  // Rows and cells by number rather than eachRow and eachCell: eachRow first asks every row whether
  // it has values (a second pass over its cells), and a row without values is dropped below anyway.
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.findRow(rowNumber);
    if (!row) continue;
    const line: CellValue[] = [];
    let formats: (string | null)[] | undefined;
    for (let column = 1; column <= row.cellCount; column++) {
      const cell = row.findCell(column);
      if (!cell) continue;
      const type = cell.type;
      if (type === NULL) continue;
      if (type === MERGE) {
        const master = cell.master;
        const area = merged.get(master.address) ?? {
          top: Number(master.row),
          left: Number(master.col),
          bottom: rowNumber,
          right: column,
        };
        area.bottom = Math.max(area.bottom, rowNumber);
        area.right = Math.max(area.right, column);
        merged.set(master.address, area);
        continue;
      }
      const value = cellValueOf(cell, system);
      if (value === null || value === "") continue;
      while (line.length < column - 1) line.push(null);
      line.push(value);
      const format = formatOf(cell, value);
      if (format) {
        formats ??= [];
        while (formats.length < column - 1) formats.push(null);
        formats.push(format);
      }
      if (column < left) left = column;
    }
    if (line.length === 0) continue;
    values[rowNumber - 1] = line;
    if (formats) numberFormats[rowNumber - 1] = formats;
    top = Math.min(top, rowNumber);
  }
  const base = { name: sheet.name, visibility: VISIBILITY[sheet.state] ?? "Visible" };
  if (top === Infinity) return { ...base, origin: { row: 1, column: 1 }, values: [] };
  const trim = <T>(grid: T[][]): T[][] => {
    const rows: T[][] = [];
    for (let r = top - 1; r < values.length; r++) {
      const row = grid[r];
      rows.push(row === undefined ? [] : left === 1 ? row : row.slice(left - 1)); // no copy when data starts in column A
    }
    return rows;
  };
  const tables = tablesOf(sheet);
  return {
    ...base,
    origin: { row: top, column: left },
    values: trim(values),
    ...(numberFormats.length ? { numberFormats: trim(numberFormats) } : {}),
    ...(merged.size ? { merged: [...merged.values()] } : {}),
    ...(tables.length ? { tables } : {}),
  };
}
