import type { CSSProperties } from "react";
import { columnLetters } from "../../core/snapshot/address";
import { CELL } from "./CellLayer";
import { HEADER_PX, ROW_PX } from "./grid-layout";

export const GRIDLINE = "#e1e1e1";

const HEADER: CSSProperties = {
  ...CELL,
  background: "#f3f3f3",
  color: "#616161",
  textAlign: "center",
  borderInlineEnd: `1px solid ${GRIDLINE}`,
  borderBottom: `1px solid ${GRIDLINE}`,
};

/** Column letters along the top, each at its column's start (from the grid's inline start). */
export function ColumnLetters(props: {
  columns: number[];
  start(column: number): number;
  width(column: number): number;
}) {
  return props.columns.map((column) => (
    <div
      key={column}
      style={{
        ...HEADER,
        top: 0,
        insetInlineStart: props.start(column),
        width: props.width(column),
        height: HEADER_PX,
      }}
    >
      {columnLetters(column)}
    </div>
  ));
}

/** Row numbers down the inline start; `top` places a row within the block holding them. */
export function RowNumbers(props: { rows: number[]; width: number; top(row: number): number }) {
  return props.rows.map((row) => (
    <div
      key={row}
      style={{
        ...HEADER,
        top: props.top(row),
        insetInlineStart: 0,
        width: props.width,
        height: ROW_PX,
      }}
    >
      {row}
    </div>
  ));
}

/** The blank corner where the letters and the numbers meet. */
export const Corner = ({ width }: { width: number }) => (
  <div style={{ ...HEADER, top: 0, insetInlineStart: 0, width, height: HEADER_PX }} />
);
