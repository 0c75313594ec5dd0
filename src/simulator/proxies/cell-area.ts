import type { CellArea } from "../../core/snapshot/workbook-snapshot";
import type { ModelCell, ModelSheet } from "../workbook-model";

/** Excel's grid: 1,048,576 rows by 16,384 columns (A1:XFD1048576). */
export const WHOLE_SHEET: Readonly<CellArea> = {
  top: 1,
  left: 1,
  bottom: 1_048_576,
  right: 16_384,
};

/** Excel's largest range read: above it a cell property comes back null rather than throwing. */
export const MAX_READ_CELLS = 5_000_000;

const cellCount = (area: CellArea) => (area.bottom - area.top + 1) * (area.right - area.left + 1);

/** Something of each cell of the area, row by row; null for an area too large to read. */
export function grid<T>(
  sheet: ModelSheet,
  area: CellArea,
  read: (cell: ModelCell | undefined) => T
): T[][] | null {
  if (cellCount(area) > MAX_READ_CELLS) return null;
  const rows: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const line: T[] = [];
    for (let c = area.left; c <= area.right; c++) line.push(read(sheet.cell(r, c)));
    rows.push(line);
  }
  return rows;
}

/**
 * One value for the whole area, as a range's format properties report it: the cells' common value,
 * or null when they differ. Cells are read sparsely, so a whole column costs only its stored cells.
 */
export function uniformOver<T>(
  sheet: ModelSheet,
  area: CellArea,
  read: (cell: ModelCell | undefined) => T
): T | null {
  const first = read(sheet.cell(area.top, area.left));
  const same = (value: T) => JSON.stringify(value) === JSON.stringify(first);
  let stored = 0;
  for (const [row, line] of sheet.cells) {
    if (row < area.top || row > area.bottom) continue;
    for (const [column, cell] of line) {
      if (column < area.left || column > area.right) continue;
      stored++;
      if (!same(read(cell))) return null;
    }
  }
  // The cells nobody stored read as blank ones.
  return stored < cellCount(area) && !same(read(undefined)) ? null : first;
}

/**
 * Changes every cell of the area through `update` (given a copy it may modify). A cell left with
 * nothing but an empty value is removed, so that undoing a change restores the sheet exactly.
 */
export function updateCells(
  sheet: ModelSheet,
  area: CellArea,
  update: (cell: ModelCell, row: number, column: number) => void
): void {
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++) {
      const cell: ModelCell = { ...(sheet.cell(r, c) ?? { value: "" }) };
      update(cell, r, c);
      if (cell.value === "" && Object.keys(cell).length === 1) sheet.deleteCell(r, c);
      else sheet.setCell(r, c, cell);
    }
}
