import type { ModelValue } from "../../simulator/workbook-model";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Shape {
  color: string;
  /** "Series · category: value", for the shape's tooltip. */
  label: string;
}
export type Bar = Box & Shape;
export type Slice = Shape & { path: string };

export interface TextAt {
  text: string;
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
}

/** The shapes and text of a chart's plot area, in pixels within the chart. */
export interface Plot {
  bars: Bar[];
  slices: Slice[];
  axisLines: Box[];
  labels: TextAt[];
}

export type ColorOf = (index: number) => string;

/** Only numbers are plotted; text, blanks and errors leave a gap. */
export const amount = (value: ModelValue | undefined) =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;

export const TEXT_PX = 12;
/** About how wide a character of the charts' 11 px labels is: labels are cut to fit. */
const CHAR_PX = 6;

export function fitted(text: string, width: number): string {
  const room = Math.max(1, Math.floor(width / CHAR_PX));
  return text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1))}…`;
}

/** How the chart writes a value: as its source cells are formatted (Excel's "linked to source"). */
export type ValueText = (value: number) => string;
