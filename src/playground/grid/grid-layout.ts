import type { CellArea } from "../../core/snapshot/workbook-snapshot";
import type { ModelSheet } from "../../simulator/workbook-model";

/** CSS pixels in a point: Excel's sizes (column widths, chart positions) are in points. */
export const pointsToPx = (points: number) => (points * 4) / 3;

/** Excel's default cell, 64 × 20 pixels: the simulator places charts by cells of this size. */
export const DEFAULT_COLUMN_PX = 64;
export const ROW_PX = 20;
export const HEADER_PX = 20;

/** Empty rows and columns drawn past the sheet's content, as Excel's grid goes on. */
const MARGIN = { rows: 30, columns: 4 };
const MIN = { rows: 60, columns: 26 };

export interface GridLayout {
  rows: number;
  columns: number;
  /** Start of each column from the grid's inline start (index 0 is column 1), then the total width. */
  columnStarts: number[];
  /** Width of the row numbers' column, wide enough for the last row's number. */
  rowHeaderPx: number;
  /** Rows kept in view at the top. */
  frozenRows: number;
}

/** The last row and column the sheet's cells, charts and the selection reach. */
function extent(sheet: ModelSheet, selection: CellArea | undefined) {
  const used = sheet.usedArea(false);
  let rows = Math.max(used?.bottom ?? 0, selection?.bottom ?? 0);
  let columns = Math.max(used?.right ?? 0, selection?.right ?? 0);
  for (const { position } of sheet.charts) {
    rows = Math.max(rows, Math.ceil(pointsToPx(position.top + position.height) / ROW_PX));
    columns = Math.max(
      columns,
      Math.ceil(pointsToPx(position.left + position.width) / DEFAULT_COLUMN_PX)
    );
  }
  for (const area of sheet.merged) {
    rows = Math.max(rows, area.bottom);
    columns = Math.max(columns, area.right);
  }
  return { rows, columns };
}

export function gridLayout(sheet: ModelSheet, selection?: CellArea): GridLayout {
  const reach = extent(sheet, selection);
  const rows = Math.max(MIN.rows, reach.rows + MARGIN.rows);
  const columns = Math.max(MIN.columns, reach.columns + MARGIN.columns);
  const columnStarts = [0];
  for (let c = 1; c <= columns; c++) {
    const points = sheet.columnWidths.get(c);
    columnStarts.push(
      columnStarts[c - 1] + (points === undefined ? DEFAULT_COLUMN_PX : pointsToPx(points))
    );
  }
  return {
    rows,
    columns,
    columnStarts,
    rowHeaderPx: 16 + 8 * String(rows).length,
    frozenRows: Math.min(sheet.frozenRows ?? 0, rows),
  };
}

/** The 1-based column holding an offset from the grid's inline start (binary search). */
function columnAt(starts: readonly number[], offset: number): number {
  let low = 1;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid - 1] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A few cells beyond the edges, so a fast scroll does not show blanks before the next frame. */
const OVERSCAN = 4;

/**
 * The scrolling cells in view (rows below the frozen ones). `scroll` is how far the grid is
 * scrolled from its start on each axis, `view` the scroller's client size, both in pixels.
 */
export function visibleArea(
  layout: GridLayout,
  scroll: { top: number; inline: number },
  view: { width: number; height: number }
): CellArea {
  const { rows, columns, columnStarts, rowHeaderPx, frozenRows } = layout;
  const firstRow = frozenRows + 1 + Math.floor(scroll.top / ROW_PX);
  const lastRow = firstRow + Math.ceil((view.height - HEADER_PX) / ROW_PX);
  const width = view.width - rowHeaderPx;
  return {
    top: Math.min(rows, Math.max(frozenRows + 1, firstRow - OVERSCAN)),
    bottom: Math.min(rows, lastRow + OVERSCAN),
    left: Math.max(1, columnAt(columnStarts, scroll.inline) - OVERSCAN),
    right: Math.min(columns, columnAt(columnStarts, scroll.inline + width) + OVERSCAN),
  };
}
