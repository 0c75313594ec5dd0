import type { CSSProperties } from "react";
import type { CellArea } from "../../core/snapshot/workbook-snapshot";
import type { ModelCell, ModelSheet } from "../../simulator/workbook-model";
import { cellText } from "./cell-text";
import type { CellPaint } from "./conditional-paint";
import { HEADER_PX, ROW_PX, type GridLayout } from "./grid-layout";

/** The cell's padding on each side, in pixels. */
export const CELL_PADDING_PX = 3;

/** How wide text is drawn, bold or not, in pixels (measured by the page, stubbed in tests). */
export type TextWidth = (text: string, bold: boolean) => number;

const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const STRONG_LTR = /[A-Za-z\u00c0-\u024f]/;

/** The cell's reading direction: its own, else its first strong letter's (Excel's "context"). */
function directionOf(cell: ModelCell, text: string, sheetRtl: boolean): "rtl" | "ltr" {
  if (cell.readingOrder) return cell.readingOrder === "RightToLeft" ? "rtl" : "ltr";
  const rtl = STRONG_RTL.exec(text)?.index ?? Infinity;
  const ltr = STRONG_LTR.exec(text)?.index ?? Infinity;
  if (rtl === ltr) return sheetRtl ? "rtl" : "ltr";
  return rtl < ltr ? "rtl" : "ltr";
}

const blank = (cell: ModelCell | undefined) => !cell || (cell.value === "" && !cell.fill);

export interface CellBox {
  key: string;
  text: string;
  dir: "rtl" | "ltr";
  style: CSSProperties;
}

/**
 * How one cell is drawn: its text formatted, placed by its row and column (or spanning its merged
 * area), coloured by its own format and then by conditional formats, text running on over empty
 * cells that follow it in the sheet's direction as far as it needs.
 */
export function cellBox(
  sheet: ModelSheet,
  layout: GridLayout,
  at: { row: number; column: number; merged?: CellArea },
  paint: CellPaint | undefined,
  textWidth: TextWidth
): CellBox {
  const { row, column, merged } = at;
  const cell = sheet.cell(row, column) ?? { value: "" };
  const { text, align } = cellText(cell);
  const sheetRtl = sheet.rightToLeft === true;
  // Numbers read left to right in either sheet: a cut one loses its last digits, not its first.
  const dir = align === "end" ? "ltr" : directionOf(cell, text, sheetRtl);
  const area = merged ?? { top: row, left: column, bottom: row, right: column };
  const { columnStarts, rowHeaderPx } = layout;
  const bold = paint?.bold ?? cell.font?.bold ?? false;
  let right = area.right;
  if (!merged && align === "start" && text !== "" && dir === (sheetRtl ? "rtl" : "ltr")) {
    const needed = textWidth(text, bold) + 2 * CELL_PADDING_PX;
    while (
      columnStarts[right] - columnStarts[column - 1] < needed &&
      right < layout.columns &&
      blank(sheet.cell(row, right + 1))
    )
      right++;
  }
  const style: CSSProperties = {
    top: HEADER_PX + (area.top - 1) * ROW_PX,
    // Physical sides: a cell's own direction (dir) must not move it, only its text.
    [sheetRtl ? "right" : "left"]: rowHeaderPx + columnStarts[area.left - 1],
    width: columnStarts[right] - columnStarts[area.left - 1],
    height: (area.bottom - area.top + 1) * ROW_PX,
    // A merged or spilling cell hides the gridlines it covers, as in Excel.
    background: paint?.fill ?? cell.fill ?? (merged || right > column ? "#fff" : undefined),
    color: paint?.fontColor ?? cell.font?.color,
    fontWeight: bold ? 600 : undefined,
    fontStyle: cell.font?.italic ? "italic" : undefined,
    // Numbers sit at the sheet's end (right, or left in a right-to-left sheet), text at its own start.
    textAlign: (
      {
        start: dir === "rtl" ? "right" : "left",
        end: sheetRtl ? "left" : "right",
        center: "center",
      } as const
    )[align],
  };
  return { key: `${row}:${column}`, text, dir, style };
}
