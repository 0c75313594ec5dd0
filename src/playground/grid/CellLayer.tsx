import { memo, type CSSProperties } from "react";
import { areasOverlap } from "../../core/snapshot/address";
import type { CellArea } from "../../core/snapshot/workbook-snapshot";
import type { ModelSheet } from "../../simulator/workbook-model";
import { cellBox, CELL_PADDING_PX, type CellBox, type TextWidth } from "./cell-box";
import type { SheetPaint } from "./conditional-paint";
import { ROW_PX, type GridLayout } from "./grid-layout";

export const FONT_PX = 13;
export const FONT_FAMILY = '"Segoe UI", Tahoma, sans-serif';

export const CELL: CSSProperties = {
  position: "absolute",
  boxSizing: "border-box",
  padding: `0 ${CELL_PADDING_PX}px`,
  lineHeight: `${ROW_PX - 1}px`,
  overflow: "hidden",
  whiteSpace: "nowrap",
};

/** Cells are drawn in blocks this size; a block in view through a scroll is not drawn again. */
const BLOCK = { rows: 16, columns: 8 };

const widths = new Map<string, number>();
let measuring: CanvasRenderingContext2D | null | undefined;

/** Text widths in the grid's font, measured once on a canvas: where a cell's text stops spilling. */
const textWidth: TextWidth = (text, bold) => {
  const key = `${bold ? 1 : 0}${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    measuring ??= document.createElement("canvas").getContext("2d");
    if (measuring) measuring.font = `${bold ? 600 : 400} ${FONT_PX}px ${FONT_FAMILY}`;
    width = measuring?.measureText(text).width ?? text.length * FONT_PX * 0.6;
    widths.set(key, width);
  }
  return width;
};

const Boxes = ({ boxes }: { boxes: CellBox[] }) =>
  boxes.map((box) => (
    <div key={box.key} dir={box.dir} style={{ ...CELL, ...box.style }}>
      {box.text}
    </div>
  ));

interface BlockProps {
  sheet: ModelSheet;
  layout: GridLayout;
  paint: SheetPaint;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The cells of a block that have something to draw, leaving merged areas to be drawn whole. */
const CellBlock = memo(function CellBlock({ sheet, layout, paint, ...area }: BlockProps) {
  const paintAt = paint.within(area);
  const merges = sheet.merged.filter((m) => areasOverlap(m, area));
  const boxes: CellBox[] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const line = sheet.cells.get(row);
    for (let column = area.left; column <= area.right; column++) {
      const cell = line?.get(column);
      const painted = paintAt(row, column, cell?.value ?? "");
      if (cell === undefined && painted === undefined) continue;
      const merged = (m: CellArea) =>
        row >= m.top && row <= m.bottom && column >= m.left && column <= m.right;
      if (merges.some(merged)) continue;
      boxes.push(cellBox(sheet, layout, { row, column }, painted, textWidth));
    }
  }
  return <Boxes boxes={boxes} />;
});

/**
 * The cells of one pass of the grid (the frozen rows, or the rows below them, `rows` from first
 * to last) that the view reaches, in fixed blocks; merged areas whose top row the pass owns are
 * drawn whole.
 */
export function CellLayer(props: {
  sheet: ModelSheet;
  layout: GridLayout;
  paint: SheetPaint;
  view: CellArea;
  rows: { first: number; last: number };
}) {
  const { sheet, layout, paint, view, rows } = props;
  const merged = sheet.merged
    .filter((m) => areasOverlap(m, view) && m.top >= rows.first && m.top <= rows.last)
    .map((m) => {
      const painted = paint.within(m)(m.top, m.left, sheet.cell(m.top, m.left)?.value ?? "");
      return cellBox(sheet, layout, { row: m.top, column: m.left, merged: m }, painted, textWidth);
    });
  const blocks: BlockProps[] = [];
  const blockOf = (n: number, size: number) => Math.floor((n - 1) / size);
  for (let r = blockOf(view.top, BLOCK.rows); r <= blockOf(view.bottom, BLOCK.rows); r++)
    for (let c = blockOf(view.left, BLOCK.columns); c <= blockOf(view.right, BLOCK.columns); c++)
      blocks.push({
        sheet,
        layout,
        paint,
        top: Math.max(rows.first, r * BLOCK.rows + 1),
        bottom: Math.min(rows.last, (r + 1) * BLOCK.rows),
        left: c * BLOCK.columns + 1,
        right: Math.min(layout.columns, (c + 1) * BLOCK.columns),
      });
  return (
    <>
      {blocks.map((block) => (
        <CellBlock key={`${block.top}:${block.left}`} {...block} />
      ))}
      <Boxes boxes={merged} />
    </>
  );
}
