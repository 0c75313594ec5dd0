import type { SimRequestContext } from "../request-context";
import type { ModelFont } from "../workbook-model";
import { SimClientObject } from "./client-object";
import { uniformOver, updateCells } from "./cell-area";
import type { RangeTarget } from "./range";

type Locate = () => RangeTarget;

/** Excel.RangeFormat: reading order (ExcelApi 1.9), fill and font; mixed cells read as null. */
export class SimRangeFormat extends SimClientObject<RangeTarget> {
  protected readonly properties = {
    readingOrder: ({ sheet, area }: RangeTarget) =>
      uniformOver(sheet, area, (cell) => cell?.readingOrder ?? "Context"),
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
    this.change({ readingOrder: order }, ({ sheet, area }) =>
      updateCells(sheet, area, (cell) => {
        delete cell.readingOrder;
        if (order !== "Context") cell.readingOrder = order;
      })
    );
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
    this.change({ color }, ({ sheet, area }) =>
      updateCells(sheet, area, (cell) => (cell.fill = color.toUpperCase()))
    );
  }

  clear(): void {
    this.change({ clear: true }, ({ sheet, area }) =>
      updateCells(sheet, area, (cell) => delete cell.fill)
    );
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
    this.change({ [key]: value }, ({ sheet, area }) =>
      updateCells(sheet, area, (cell) => {
        const font: ModelFont = { ...cell.font, [key]: value };
        if (value === DEFAULT_FONT[key]) delete font[key];
        if (Object.keys(font).length) cell.font = font;
        else delete cell.font;
      })
    );
  }
}
