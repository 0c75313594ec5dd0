import type { SimRequestContext } from "../request-context";
import type { ModelFont } from "../workbook-model";
import { refuseIfProtected, SimError } from "../sim-error";
import { SimClientObject } from "./client-object";
import { uniformOver, updateCells } from "./cell-area";
import type { RangeTarget } from "./range";

type Locate = () => RangeTarget;

/** Excel's default column width in points (8.43 characters of Calibri 11, 64 pixels). */
const DEFAULT_COLUMN_WIDTH = 48;

/** The width of the area's columns in points, or null when they differ. */
function columnWidthOf({ sheet, area }: RangeTarget): number | null {
  const width = (column: number) => sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  for (let c = area.left + 1; c <= area.right; c++) if (width(c) !== width(area.left)) return null;
  return width(area.left);
}

/**
 * Excel.RangeFormat: reading order (ExcelApi 1.9), column width, fill and font; mixed cells read
 * as null.
 */
export class SimRangeFormat extends SimClientObject<RangeTarget> {
  protected readonly properties = {
    readingOrder: ({ sheet, area }: RangeTarget) =>
      uniformOver(sheet, area, (cell) => cell?.readingOrder ?? "Context"),
    columnWidth: columnWidthOf,
  };
  readonly fill: SimRangeFill;
  readonly font: SimRangeFont;

  constructor(context: SimRequestContext, locate: Locate) {
    super(context, { locate, describe: "range format" });
    this.fill = new SimRangeFill(context, { locate, describe: "range fill" });
    this.font = new SimRangeFont(context, { locate, describe: "range font" });
  }

  get readingOrder(): string | null {
    return this.loadedValue("readingOrder");
  }
  set readingOrder(order: "RightToLeft" | "LeftToRight" | "Context") {
    this.change({ readingOrder: order }, ({ sheet, area }) => {
      refuseIfProtected(sheet, "allowFormatCells");
      updateCells(sheet, area, (cell) => {
        delete cell.readingOrder;
        if (order !== "Context") cell.readingOrder = order;
      });
    });
  }

  get columnWidth(): number | null {
    return this.loadedValue("columnWidth");
  }
  /** Sets the width, in points, of every column the range spans. */
  set columnWidth(width: number) {
    this.change({ columnWidth: width }, ({ sheet, area }) => {
      refuseIfProtected(sheet, "allowFormatColumns");
      if (!(width >= 0)) throw new SimError("InvalidArgument", `'${width}' is not a width.`);
      for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, width);
    });
  }
}

/** Excel.RangeFill: a cell without a fill reads as white, as in Excel. */
export class SimRangeFill extends SimClientObject<RangeTarget> {
  protected readonly properties = {
    color: ({ sheet, area }: RangeTarget) =>
      uniformOver(sheet, area, (cell) => cell?.fill ?? "#FFFFFF"),
  };

  get color(): string | null {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.change({ color }, ({ sheet, area }) => {
      refuseIfProtected(sheet, "allowFormatCells");
      updateCells(sheet, area, (cell) => (cell.fill = color.toUpperCase()));
    });
  }

  clear(): void {
    this.change({ clear: true }, ({ sheet, area }) => {
      refuseIfProtected(sheet, "allowFormatCells");
      updateCells(sheet, area, (cell) => delete cell.fill);
    });
  }
}

const DEFAULT_FONT: Required<ModelFont> = { color: "#000000", bold: false, italic: false };

/** Excel.RangeFont: colour, bold and italic; only what differs from the default is stored. */
export class SimRangeFont extends SimClientObject<RangeTarget> {
  protected readonly properties = Object.fromEntries(
    (Object.keys(DEFAULT_FONT) as (keyof ModelFont)[]).map((key) => [
      key,
      ({ sheet, area }: RangeTarget) =>
        uniformOver(sheet, area, (cell) => cell?.font?.[key] ?? DEFAULT_FONT[key]),
    ])
  );

  get color(): string | null {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.set("color", color.toUpperCase());
  }
  get bold(): boolean | null {
    return this.loadedValue("bold");
  }
  set bold(bold: boolean) {
    this.set("bold", bold);
  }
  get italic(): boolean | null {
    return this.loadedValue("italic");
  }
  set italic(italic: boolean) {
    this.set("italic", italic);
  }

  private set<K extends keyof ModelFont>(key: K, value: Required<ModelFont>[K]): void {
    this.change({ [key]: value }, ({ sheet, area }) => {
      refuseIfProtected(sheet, "allowFormatCells");
      updateCells(sheet, area, (cell) => {
        const font: ModelFont = { ...cell.font, [key]: value };
        if (value === DEFAULT_FONT[key]) delete font[key];
        if (Object.keys(font).length) cell.font = font;
        else delete cell.font;
      });
    });
  }
}
