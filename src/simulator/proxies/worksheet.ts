import { areaOfRange } from "../../core/snapshot/address";
import type { CellArea } from "../../core/snapshot/workbook-snapshot";
import type { ModelSheet, ModelVisibility } from "../workbook-model";
import { SimError } from "../sim-error";
import { WHOLE_SHEET } from "./cell-area";
import { SimChartCollection } from "./chart";
import { SimClientObject } from "./client-object";
import { SimFreezePanes } from "./freeze-panes";
import { SimNamedItemCollection } from "./named-item";
import { SimRange } from "./range";
import { SimRangeAreas } from "./range-areas";
import { SimTableCollection } from "./table";
import { SimWorksheetProtection } from "./worksheet-protection";

/**
 * A name Excel accepts for a sheet: 1 to 31 characters, none of : \ / ? * [ ], not starting or
 * ending with an apostrophe, and not "History" (Excel keeps it for itself).
 */
export function checkedSheetName(name: string): string {
  if (
    name.length < 1 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLocaleLowerCase() === "history"
  )
    throw new SimError("InvalidArgument", `'${name}' is not a valid sheet name.`);
  return name;
}

/** Excel.Worksheet over the model. */
export class SimWorksheet extends SimClientObject<ModelSheet> {
  protected readonly properties = {
    id: (sheet: ModelSheet) => sheet.id,
    name: (sheet: ModelSheet) => sheet.name,
    visibility: (sheet: ModelSheet) => sheet.visibility,
    position: (sheet: ModelSheet) => this.context.model.sheets.indexOf(sheet),
  };

  get id(): string {
    return this.loadedValue("id");
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.change({ name }, (sheet) => {
      const other = this.context.model.sheet(name);
      if (other && other !== sheet)
        throw new SimError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
      sheet.name = checkedSheetName(name);
    });
  }

  get visibility(): ModelVisibility {
    return this.loadedValue("visibility");
  }
  set visibility(visibility: ModelVisibility) {
    this.change({ visibility }, (sheet) => (sheet.visibility = visibility));
  }

  get position(): number {
    return this.loadedValue("position");
  }
  /** Moves the sheet to a 0-based place among all sheets. */
  set position(position: number) {
    this.change({ position }, (sheet) => {
      const { sheets } = this.context.model;
      if (!Number.isInteger(position) || position < 0 || position >= sheets.length)
        throw new SimError("InvalidArgument", `There is no sheet position ${position}.`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }

  /** The sheet, for another proxy's call running in a sync (a place to insert sheets at). */
  located(): ModelSheet {
    return this.resolved();
  }

  /** The sheet's tables (found when a batch runs). */
  get tables(): SimTableCollection {
    return (this.tableCollection ??= new SimTableCollection(this.context, () => this.resolved()));
  }
  private tableCollection?: SimTableCollection;

  /** The rows kept in view at the top (ExcelApi 1.7). */
  get freezePanes(): SimFreezePanes {
    return (this.panes ??= new SimFreezePanes(this.context, {
      describe: "freeze panes",
      locate: () => this.resolved(),
    }));
  }
  private panes?: SimFreezePanes;

  /** The sheet's protection (ExcelApi 1.2). */
  get protection(): SimWorksheetProtection {
    return (this.sheetProtection ??= new SimWorksheetProtection(this.context, {
      describe: "worksheet protection",
      locate: () => this.resolved(),
    }));
  }
  private sheetProtection?: SimWorksheetProtection;

  /** The sheet's charts. */
  get charts(): SimChartCollection {
    return (this.chartCollection ??= new SimChartCollection(this.context, () => this.resolved()));
  }
  private chartCollection?: SimChartCollection;

  /** The names local to the sheet. */
  get names(): SimNamedItemCollection {
    return (this.nameCollection ??= new SimNamedItemCollection(this.context, () =>
      this.resolved()
    ));
  }
  private nameCollection?: SimNamedItemCollection;

  activate(): void {
    this.change({ activate: true }, (sheet) => (this.context.model.active = sheet));
  }

  /** Removes the sheet; Excel refuses to remove the last visible one. */
  delete(): void {
    this.change({ delete: true }, (sheet) => {
      const { model } = this.context;
      const visible = model.sheets.filter((s) => s.visibility === "Visible");
      if (visible.length === 1 && visible[0] === sheet)
        throw new SimError("InvalidOperation", "A workbook must keep one visible sheet.");
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      // Excel deletes the names local to a deleted sheet.
      const kept = model.names.filter((item) => item.scope !== sheet);
      model.names.splice(0, model.names.length, ...kept);
      if (model.active === sheet) model.active = undefined;
    });
  }

  /** A range by its A1 address on this sheet ("B2:D9", "C5"); the whole sheet without one. */
  getRange(address?: string): SimRange {
    return new SimRange(this.context, {
      describe: `range ${address ?? ""}`,
      locate: () => {
        const sheet = this.resolved();
        if (address === undefined) return { sheet, area: WHOLE_SHEET };
        const area = areaOfRange(address);
        if (!area)
          throw new SimError("InvalidArgument", `The argument 'address' is invalid: ${address}`);
        return { sheet, area };
      },
    });
  }

  /** Several areas of this sheet by their addresses, "A1:B2, D4" (ExcelApi 1.9). */
  getRanges(address: string): SimRangeAreas {
    return new SimRangeAreas(this.context, {
      describe: `ranges ${address}`,
      locate: () => {
        const areas = address.split(",").map((part) => areaOfRange(part.trim()));
        if (areas.some((area) => !area))
          throw new SimError("InvalidArgument", `The argument 'address' is invalid: ${address}`);
        return { sheet: this.resolved(), areas: areas as CellArea[] };
      },
    });
  }

  /** A range by 0-based indexes of its top-left cell and its size (ExcelApi 1.7). */
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): SimRange {
    return new SimRange(this.context, {
      describe: `range at row ${row}, column ${column}`,
      locate: () => {
        if (row < 0 || column < 0 || rows < 1 || columns < 1)
          throw new SimError("InvalidArgument", "The range's indexes or size are invalid.");
        const area = {
          top: row + 1,
          left: column + 1,
          bottom: row + rows,
          right: column + columns,
        };
        return { sheet: this.resolved(), area };
      },
    });
  }

  /** The used range; a blank sheet's is its top-left cell, as in Excel. */
  getUsedRange(valuesOnly = false): SimRange {
    return new SimRange(this.context, {
      describe: "used range",
      locate: () => {
        const sheet = this.resolved();
        return { sheet, area: sheet.usedArea(valuesOnly) ?? A1 };
      },
    });
  }

  /** The used range, or a null object for a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return new SimRange(this.context, {
      describe: "used range",
      orNull: true,
      locate: () => {
        const sheet = this.resolved();
        const area = sheet.usedArea(valuesOnly);
        return area && { sheet, area };
      },
    });
  }
}

const A1 = { top: 1, left: 1, bottom: 1, right: 1 };
