import { readText } from "../model/read-cells";
import type { SheetGrid } from "../model/sheet-grid";
import { columnLetters } from "../snapshot/address";
import type { SheetDetection } from "./detect";

/** A column of a sheet's header row, as the pane lists it to choose what it holds. */
export interface HeaderColumn {
  col: number;
  letter: string;
  /** As shown: with the group title above it in a two-row header («اعتبار مصوب ۱۴۰۲»), as detection read it. */
  caption: string;
  /** As the mapping records it, to find the column again if it moves. */
  header: string;
}

/** The columns of a sheet's header row that have a header, or that the mapping reads (`mapped`). */
export function headerColumns(
  { grid, detected }: { grid: SheetGrid; detected?: SheetDetection },
  headerRow: number,
  mapped: (col: number) => boolean
): HeaderColumn[] {
  const read = detected?.headerRow === headerRow ? detected.columns : [];
  const columns: HeaderColumn[] = [];
  for (let col = grid.sheet.origin.column; col <= grid.lastColumn; col++) {
    const letter = columnLetters(col);
    const own = readText(grid.value(headerRow, col)) ?? "";
    const caption = read.find((c) => c.column === letter)?.header ?? own;
    if (caption || mapped(col)) columns.push({ col, letter, caption, header: own || caption });
  }
  return columns;
}
