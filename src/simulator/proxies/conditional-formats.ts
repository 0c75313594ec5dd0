import { areasOverlap } from "../../core/snapshot/address";
import type { CellArea } from "../../core/snapshot/workbook-snapshot";
import type { SimRequestContext } from "../request-context";
import { refuseIfProtected, SimError } from "../sim-error";
import type { ModelConditionalFormat, ModelSheet, ModelWorkbook } from "../workbook-model";
import { SimClientObject } from "./client-object";
import { SimItemCollection } from "./item-collection";
import { SimRange } from "./range";
import { SimRangeAreas } from "./range-areas";

/** What a collection of conditional formats belongs to: a range's or range areas' cells. */
export interface AreasTarget {
  sheet: ModelSheet;
  areas: CellArea[];
}

interface FormatTarget {
  sheet: ModelSheet;
  format: ModelConditionalFormat;
}

const CONDITIONAL_FORMAT_TYPES = new Set([
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
]);

/** The next free id, "{cf-7}": ids stay unique in the workbook, as Excel's are. */
export function freeFormatId(model: ModelWorkbook): string {
  const taken = model.sheets.flatMap((s) =>
    s.conditionalFormats.map((f) => Number(/^\{cf-(\d+)\}$/.exec(f.id)?.[1] ?? 0))
  );
  return `{cf-${Math.max(0, ...taken) + 1}}`;
}

/** Excel.ConditionalFormat (ExcelApi 1.6); its priority is its place in the sheet's list. */
export class SimConditionalFormat extends SimClientObject<FormatTarget> {
  protected readonly properties = {
    id: ({ format }: FormatTarget) => format.id,
    type: ({ format }: FormatTarget) => format.type,
    priority: ({ sheet, format }: FormatTarget) => sheet.conditionalFormats.indexOf(format),
    stopIfTrue: ({ format }: FormatTarget) => format.stopIfTrue ?? false,
  };

  get id(): string {
    return this.loadedValue("id");
  }
  get type(): string {
    return this.loadedValue("type");
  }
  get priority(): number {
    return this.loadedValue("priority");
  }
  set priority(priority: number) {
    this.change({ priority }, ({ sheet, format }) => {
      const list = sheet.conditionalFormats;
      list.splice(list.indexOf(format), 1);
      list.splice(Math.max(0, Math.min(priority, list.length)), 0, format);
    });
  }
  get stopIfTrue(): boolean {
    return this.loadedValue("stopIfTrue");
  }
  set stopIfTrue(stopIfTrue: boolean) {
    this.change({ stopIfTrue }, ({ format }) => (format.stopIfTrue = stopIfTrue));
  }

  /** The custom rule and its format; using it on another type fails the sync, as in Excel. */
  get custom(): SimCustomConditionalFormat {
    return (this.customFormat ??= new SimCustomConditionalFormat(
      this.context,
      this.ofType("Custom")
    ));
  }
  private customFormat?: SimCustomConditionalFormat;

  /** The colour scale's criteria, likewise only on a ColorScale format. */
  get colorScale(): SimColorScale {
    return (this.scale ??= new SimColorScale(this.context, {
      describe: "colour scale",
      locate: this.ofType("ColorScale"),
    }));
  }
  private scale?: SimColorScale;

  private ofType(type: string) {
    return () => {
      const target = this.resolved();
      if (target.format.type !== type)
        throw new SimError("InvalidOperation", `The conditional format is not of type ${type}.`);
      return target;
    };
  }

  /** The one range the format applies to; Excel fails the sync when it applies to several. */
  getRange(): SimRange {
    return new SimRange(this.context, {
      describe: "conditional format range",
      locate: () => {
        const { sheet, format } = this.resolved();
        if (format.areas.length !== 1)
          throw new SimError(
            "InvalidOperation",
            "The conditional format applies to several ranges."
          );
        return { sheet, area: format.areas[0] };
      },
    });
  }

  /** Every range the format applies to (ExcelApi 1.9). */
  getRanges(): SimRangeAreas {
    return new SimRangeAreas(this.context, {
      describe: "conditional format ranges",
      locate: () => {
        const { sheet, format } = this.resolved();
        return { sheet, areas: format.areas };
      },
    });
  }

  delete(): void {
    this.change({ delete: true }, ({ sheet, format }) => {
      refuseIfProtected(sheet, "allowFormatCells");
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(format), 1);
    });
  }
}

/** Excel.CustomConditionalFormat: a formula rule and the format it applies. */
export class SimCustomConditionalFormat extends SimClientObject<FormatTarget> {
  protected readonly properties = {};
  readonly rule: SimConditionalFormatRule;
  readonly format: { fill: SimConditionalFill; font: SimConditionalFont };

  constructor(context: SimRequestContext, locate: () => FormatTarget) {
    super(context, { locate, describe: "custom conditional format" });
    const part = { locate, describe: "custom conditional format" };
    this.rule = new SimConditionalFormatRule(context, part);
    this.format = {
      fill: new SimConditionalFill(context, part),
      font: new SimConditionalFont(context, part),
    };
  }
}

export class SimConditionalFormatRule extends SimClientObject<FormatTarget> {
  protected readonly properties = { formula: ({ format }: FormatTarget) => format.formula ?? "" };
  get formula(): string {
    return this.loadedValue("formula");
  }
  set formula(formula: string) {
    this.change({ formula }, ({ format }) => (format.formula = formula));
  }
}

/** Excel.ColorScaleConditionalFormat: its criteria (minimum, midpoint, maximum), kept as given. */
export class SimColorScale extends SimClientObject<FormatTarget> {
  protected readonly properties = {
    criteria: ({ format }: FormatTarget) =>
      (format.detail as { criteria?: unknown } | undefined)?.criteria ?? null,
  };
  get criteria(): unknown {
    return this.loadedValue("criteria");
  }
  set criteria(criteria: unknown) {
    this.change({ criteria }, ({ format }) => (format.detail = { criteria }));
  }
}

/** Styles of a conditional format: absent until set (null when read, as Excel reports no fill). */
export class SimConditionalFill extends SimClientObject<FormatTarget> {
  protected readonly properties = {
    color: ({ format }: FormatTarget) => format.style?.fill ?? null,
  };
  get color(): string | null {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.change({ color }, ({ format }) => (format.style = { ...format.style, fill: color }));
  }
}

export class SimConditionalFont extends SimClientObject<FormatTarget> {
  protected readonly properties = {
    color: ({ format }: FormatTarget) => format.style?.fontColor ?? null,
    bold: ({ format }: FormatTarget) => format.style?.bold ?? null,
  };
  get color(): string | null {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.change({ color }, ({ format }) => (format.style = { ...format.style, fontColor: color }));
  }
  get bold(): boolean | null {
    return this.loadedValue("bold");
  }
  set bold(bold: boolean) {
    this.change({ bold }, ({ format }) => (format.style = { ...format.style, bold }));
  }
}

/** Excel.ConditionalFormatCollection of a range or range areas: the formats touching its cells. */
export class SimConditionalFormatCollection extends SimItemCollection<
  FormatTarget,
  SimConditionalFormat
> {
  constructor(
    context: SimRequestContext,
    private readonly owner: () => AreasTarget
  ) {
    super(
      context,
      () => {
        const { sheet, areas } = owner();
        return sheet.conditionalFormats
          .filter((f) => f.areas.some((a) => areas.some((b) => areasOverlap(a, b))))
          .map((format) => ({ sheet, format }));
      },
      (target) => new SimConditionalFormat(context, { target })
    );
  }

  /** A new format over the owner's cells, at the first priority. */
  add(type: string): SimConditionalFormat {
    return new SimConditionalFormat(this.context, {
      describe: "new conditional format",
      locate: () => {
        if (!CONDITIONAL_FORMAT_TYPES.has(type))
          throw new SimError("InvalidArgument", `'${type}' is not a conditional format type.`);
        const { sheet, areas } = this.owner();
        refuseIfProtected(sheet, "allowFormatCells");
        const format = {
          id: freeFormatId(this.context.model),
          type,
          areas: areas.map((a) => ({ ...a })),
        };
        sheet.conditionalFormats.unshift(format);
        return { sheet, format };
      },
    });
  }

  /**
   * Removes the formats touching the owner's cells. Excel removes them from those cells only; the
   * simulator removes each whole, which is the same for a whole-sheet range, Rahbord's only use.
   */
  clearAll(): void {
    this.context.enqueueWrite({ clearAll: true }, () => {
      const { sheet, areas } = this.owner();
      refuseIfProtected(sheet, "allowFormatCells");
      const keep = sheet.conditionalFormats.filter(
        (f) => !f.areas.some((a) => areas.some((b) => areasOverlap(a, b)))
      );
      sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...keep);
    });
  }

  getItem(id: string): SimConditionalFormat {
    return new SimConditionalFormat(this.context, {
      describe: `conditional format ${id}`,
      locate: () => {
        const { sheet } = this.owner();
        const format = sheet.conditionalFormats.find((f) => f.id === id);
        return format && { sheet, format };
      },
    });
  }
}
