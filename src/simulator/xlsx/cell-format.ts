import type ExcelJS from "exceljs";
import type { ModelCell, ModelFont } from "../workbook-model";

type CellFormat = Pick<ModelCell, "numberFormat" | "readingOrder" | "fill" | "font">;

/**
 * "#RRGGBB" for an exceljs colour given as ARGB; undefined for theme and indexed colours, which
 * would need the file's theme and palette to turn into RGB.
 */
export function rgbOf(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  return color?.argb ? `#${color.argb.slice(-6).toUpperCase()}` : undefined;
}

/** An opaque exceljs colour for "#RRGGBB". */
export function argbOf(rgb: string): Partial<ExcelJS.Color> {
  return { argb: `FF${rgb.slice(1).toUpperCase()}` };
}

/** Colour, bold and italic, when any differs from the default: a plain font leaves nothing. */
function fontOf(font: Partial<ExcelJS.Font> | undefined): ModelFont | undefined {
  const model: ModelFont = {};
  const color = rgbOf(font?.color);
  if (color) model.color = color;
  if (font?.bold) model.bold = true;
  if (font?.italic) model.italic = true;
  return Object.keys(model).length > 0 ? model : undefined;
}

/** What the model keeps of a cell's style; only what the cell sets. */
export function cellFormatOf(cell: ExcelJS.Cell): CellFormat {
  const format: CellFormat = {};
  if (cell.numFmt && cell.numFmt !== "General") format.numberFormat = cell.numFmt;
  const order = cell.alignment?.readingOrder;
  if (order === "rtl" || order === "ltr")
    format.readingOrder = order === "rtl" ? "RightToLeft" : "LeftToRight";
  const fill = cell.fill;
  const color =
    fill?.type === "pattern" && fill.pattern === "solid" ? rgbOf(fill.fgColor) : undefined;
  if (color) format.fill = color;
  const font = fontOf(cell.font);
  if (font) format.font = font;
  return format;
}

export function writeCellFormat(target: ExcelJS.Cell, cell: ModelCell): void {
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  if (cell.readingOrder)
    target.alignment = { readingOrder: cell.readingOrder === "RightToLeft" ? "rtl" : "ltr" };
  if (cell.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: argbOf(cell.fill) };
  if (cell.font)
    target.font = {
      ...(cell.font.color && { color: argbOf(cell.font.color) }),
      ...(cell.font.bold && { bold: true }),
      ...(cell.font.italic && { italic: true }),
    };
}
