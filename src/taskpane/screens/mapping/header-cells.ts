import { readText } from "../../../core/model/read-cells";
import { columnLetters } from "../../../core/snapshot/address";
import type { SheetDraft } from "./mapping-draft";
import type { WizardSheet } from "./wizard-input";

/** A column of a sheet's header row, as the wizard lists it. */
export interface HeaderCell {
  col: number;
  letter: string;
  /** The header as shown: with the group title above it in a two-row header, as detection read it. */
  caption: string;
  /** The header as the mapping records it, to find the column again if it moves. */
  header: string;
}

/** The columns of a sheet's header row that have a header or are read. */
export function headerCells({ grid, detected }: WizardSheet, draft: SheetDraft): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let col = grid.sheet.origin.column; col <= grid.lastColumn; col++) {
    const letter = columnLetters(col);
    const own = readText(grid.value(draft.headerRow, col)) ?? "";
    const read =
      detected.headerRow === draft.headerRow
        ? detected.columns.find((c) => c.column === letter)?.header
        : undefined;
    const caption = read ?? own;
    if (caption || draft.readings[col])
      cells.push({ col, letter, caption, header: own || caption });
  }
  return cells;
}
