import { areasOverlap } from "../../core/snapshot/address";
import type { CellArea } from "../../core/snapshot/workbook-snapshot";
import { cellFromInput } from "../cell-input";
import type { Grid } from "../formula/criteria-functions";
import { evaluateFormula } from "../formula/evaluate-formula";
import { refuseIfProtected, SimError } from "../sim-error";
import type { ModelCell, ModelHyperlink, ModelSheet, ModelValue } from "../workbook-model";
import { grid, uniformOver, updateCells, WHOLE_SHEET } from "./cell-area";
import { SimClientObject } from "./client-object";
import { SimConditionalFormatCollection } from "./conditional-formats";
import { SimDataValidation } from "./data-validation";
import { SimRangeFormat } from "./range-format";
import { SimRangeAreas } from "./range-areas";
import { rangeAddress } from "./range-address";

export interface RangeTarget {
  sheet: ModelSheet;
  area: CellArea;
}

/** Excel.Range over the model: values, formulas and number formats, read and written. */
export class SimRange extends SimClientObject<RangeTarget> {
  protected readonly properties = {
    address: ({ sheet, area }: RangeTarget) => rangeAddress(sheet.name, area),
    rowCount: ({ area }: RangeTarget) => area.bottom - area.top + 1,
    columnCount: ({ area }: RangeTarget) => area.right - area.left + 1,
    rowIndex: ({ area }: RangeTarget) => area.top - 1,
    columnIndex: ({ area }: RangeTarget) => area.left - 1,
    values: ({ sheet, area }: RangeTarget) => grid(sheet, area, (cell) => cell?.value ?? ""),
    formulas: ({ sheet, area }: RangeTarget) =>
      grid(sheet, area, (cell) => cell?.formula ?? cell?.value ?? ""),
    valueTypes: ({ sheet, area }: RangeTarget) =>
      grid(sheet, area, (cell) => {
        if (!cell || cell.value === "") return "Empty";
        if (cell.error) return "Error";
        return typeof cell.value === "number"
          ? "Double"
          : typeof cell.value === "boolean"
            ? "Boolean"
            : "String";
      }),
    numberFormat: ({ sheet, area }: RangeTarget) =>
      grid(sheet, area, (cell) => cell?.numberFormat ?? "General"),
    hyperlink: ({ sheet, area }: RangeTarget) =>
      uniformOver(sheet, area, (cell) => cell?.hyperlink ?? null),
  };

  get address(): string {
    return this.loadedValue("address");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }

  get values(): ModelValue[][] {
    return this.loadedValue("values");
  }
  set values(values: unknown[][]) {
    this.write("values", values, (cell, input) => cellFromInput(input, cell?.numberFormat));
  }

  get valueTypes(): string[][] {
    return this.loadedValue("valueTypes");
  }

  get formulas(): ModelValue[][] {
    return this.loadedValue("formulas");
  }
  set formulas(formulas: unknown[][]) {
    const ranges = new Map<string, Grid>(); // read once for the whole write
    this.write("formulas", formulas, (cell, input, sheet) =>
      typeof input === "string" && input.startsWith("=")
        ? {
            value: evaluateFormula(this.context.model, sheet, input, ranges) ?? "#NAME?",
            formula: input,
            ...keepFormat(cell),
          }
        : cellFromInput(input, cell?.numberFormat)
    );
  }

  get numberFormat(): string[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.write("numberFormat", formats, (cell, format) => {
      const changed: ModelCell = { ...(cell ?? { value: "" }) };
      delete changed.numberFormat;
      if (format !== "General" && format !== null) changed.numberFormat = String(format);
      return changed;
    });
  }

  /** Selects the range, activating its sheet. */
  select(): void {
    this.change({ select: true }, ({ sheet, area }) => {
      this.context.model.active = sheet;
      this.context.model.selection = { sheet, area };
    });
  }

  /** Clears values, formulas and formats (Excel's ClearApplyTo.all). */
  clear(): void {
    this.change({ clear: true }, ({ sheet, area }) => {
      refuseIfProtected(sheet);
      for (let r = area.top; r <= area.bottom; r++)
        for (const c of [...(sheet.cells.get(r)?.keys() ?? [])])
          if (c >= area.left && c <= area.right) sheet.deleteCell(r, c);
      this.context.model.changed(sheet, area);
    });
  }

  /** Reading order, fill and font. */
  get format(): SimRangeFormat {
    return (this.rangeFormat ??= new SimRangeFormat(this.context, () => this.resolved()));
  }
  private rangeFormat?: SimRangeFormat;

  /** The conditional formats touching the range (ExcelApi 1.6). */
  get conditionalFormats(): SimConditionalFormatCollection {
    return (this.formats ??= new SimConditionalFormatCollection(this.context, () => {
      const { sheet, area } = this.resolved();
      return { sheet, areas: [area] };
    }));
  }
  private formats?: SimConditionalFormatCollection;

  /** The range's data validation (ExcelApi 1.8). */
  get dataValidation(): SimDataValidation {
    return (this.validation ??= new SimDataValidation(this.context, {
      describe: "data validation",
      locate: () => this.resolved(),
    }));
  }
  private validation?: SimDataValidation;

  /** The link of the range's cells (ExcelApi 1.7): null when they have none or differ. */
  get hyperlink(): ModelHyperlink | null {
    return this.loadedValue("hyperlink");
  }
  /** Links every cell; `textToDisplay` becomes the cells' value, as in Excel. */
  set hyperlink(link: ModelHyperlink) {
    this.change({ hyperlink: link }, ({ sheet, area }) => {
      refuseIfProtected(sheet, "allowInsertHyperlinks");
      updateCells(sheet, area, (cell) => {
        cell.hyperlink = { ...link };
        if (link.textToDisplay !== undefined) {
          cell.value = link.textToDisplay;
          delete cell.formula;
        }
      });
    });
  }

  /** The cell at 0-based offsets from the range's top-left cell. */
  getCell(row: number, column: number): SimRange {
    return this.derived("cell", ({ sheet, area }) => {
      const top = area.top + row;
      const left = area.left + column;
      return { sheet, area: { top, left, bottom: top, right: left } };
    });
  }

  /** The range grown (or shrunk) by rows and columns at its bottom-right corner. */
  getResizedRange(rows: number, columns: number): SimRange {
    return this.derived("resized range", ({ sheet, area }) => {
      const bottom = area.bottom + rows;
      const right = area.right + columns;
      if (bottom < area.top || right < area.left)
        throw new SimError("InvalidArgument", "The resized range would be empty.");
      return { sheet, area: { ...area, bottom, right } };
    });
  }

  /** The whole rows the range spans. */
  getEntireRow(): SimRange {
    return this.derived("entire row", ({ sheet, area }) => ({
      sheet,
      area: { top: area.top, bottom: area.bottom, left: 1, right: WHOLE_SHEET.right },
    }));
  }

  /** The cells in both ranges; Excel fails the sync when they share none. */
  getIntersection(other: SimRange): SimRange {
    return this.derived("intersection", ({ sheet, area }) => {
      const them = other.resolved();
      const top = Math.max(area.top, them.area.top);
      const left = Math.max(area.left, them.area.left);
      const bottom = Math.min(area.bottom, them.area.bottom);
      const right = Math.min(area.right, them.area.right);
      if (them.sheet !== sheet || top > bottom || left > right)
        throw new SimError("InvalidArgument", "The ranges do not intersect.");
      return { sheet, area: { top, left, bottom, right } };
    });
  }

  /** The merged areas within the range (ExcelApi 1.13), or a null object when there are none. */
  getMergedAreasOrNullObject(): SimRangeAreas {
    return new SimRangeAreas(this.context, {
      describe: "merged areas",
      orNull: true,
      locate: () => {
        const { sheet, area } = this.resolved();
        const areas = sheet.merged.filter((m) => areasOverlap(m, area));
        return areas.length ? { sheet, areas } : undefined;
      },
    });
  }

  /** The sheet and area, for another proxy's call running in a sync (a chart's source, a name). */
  located(): RangeTarget {
    return this.resolved();
  }

  private derived(describe: string, compute: (target: RangeTarget) => RangeTarget): SimRange {
    return new SimRange(this.context, { describe, locate: () => compute(this.resolved()) });
  }

  /** Queues a write of one 2-D array to the range; its shape must be the range's, as in Excel. */
  private write(
    property: string,
    input: unknown[][],
    make: (cell: ModelCell | undefined, input: unknown, sheet: ModelSheet) => ModelCell
  ): void {
    this.change({ [property]: input }, (target) => {
      const { area, sheet } = target;
      refuseIfProtected(sheet, property === "numberFormat" ? "allowFormatCells" : undefined);
      const rows = area.bottom - area.top + 1;
      const columns = area.right - area.left + 1;
      if (
        !Array.isArray(input) ||
        input.length !== rows ||
        input.some((line) => !Array.isArray(line) || line.length !== columns)
      )
        throw new SimError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${columns}).`
        );
      input.forEach((line, i) =>
        line.forEach((value, j) => {
          const row = area.top + i;
          const column = area.left + j;
          sheet.setCell(row, column, make(sheet.cell(row, column), value, sheet));
        })
      );
      this.context.model.changed(sheet, area);
    });
  }
}

const keepFormat = (cell: ModelCell | undefined) =>
  cell?.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat };
