import { cellAddress } from "../../core/snapshot/address";
import type { CellArea } from "../../core/snapshot/workbook-snapshot";
import { cellFromInput } from "../cell-input";
import { SimError } from "../sim-error";
import type { ModelCell, ModelSheet, ModelValue } from "../workbook-model";
import { SimClientObject } from "./client-object";

export interface RangeTarget {
  sheet: ModelSheet;
  area: CellArea;
}

/** A sheet name as Excel writes it in an address: quoted unless plain letters, digits and _ . */
export function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function grid<T>({ area }: RangeTarget, cell: (row: number, column: number) => T): T[][] {
  const rows: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const line: T[] = [];
    for (let c = area.left; c <= area.right; c++) line.push(cell(r, c));
    rows.push(line);
  }
  return rows;
}

const at = (t: RangeTarget) => (r: number, c: number) => t.sheet.cell(r, c);

/** Excel.Range over the model: values, formulas and number formats, read and written. */
export class SimRange extends SimClientObject<RangeTarget> {
  protected readonly properties = {
    address: ({ sheet, area }: RangeTarget) => {
      const corner = cellAddress(area.top, area.left);
      const end = cellAddress(area.bottom, area.right);
      return `${sheetPrefix(sheet.name)}!${corner === end ? corner : `${corner}:${end}`}`;
    },
    rowCount: ({ area }: RangeTarget) => area.bottom - area.top + 1,
    columnCount: ({ area }: RangeTarget) => area.right - area.left + 1,
    rowIndex: ({ area }: RangeTarget) => area.top - 1,
    columnIndex: ({ area }: RangeTarget) => area.left - 1,
    values: (t: RangeTarget) => grid<ModelValue>(t, (r, c) => at(t)(r, c)?.value ?? ""),
    formulas: (t: RangeTarget) =>
      grid<ModelValue>(t, (r, c) => {
        const cell = at(t)(r, c);
        return cell?.formula ?? cell?.value ?? "";
      }),
    valueTypes: (t: RangeTarget) =>
      grid(t, (r, c) => {
        const cell = at(t)(r, c);
        if (!cell || cell.value === "") return "Empty";
        if (cell.error) return "Error";
        return typeof cell.value === "number"
          ? "Double"
          : typeof cell.value === "boolean"
            ? "Boolean"
            : "String";
      }),
    numberFormat: (t: RangeTarget) => grid(t, (r, c) => at(t)(r, c)?.numberFormat ?? "General"),
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
    this.write("formulas", formulas, (cell, input) =>
      typeof input === "string" && input.startsWith("=")
        ? { value: "#NAME?", formula: input, ...keepFormat(cell) }
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

  /** Queues a write of one 2-D array to the range; its shape must be the range's, as in Excel. */
  private write(
    property: string,
    input: unknown[][],
    make: (cell: ModelCell | undefined, input: unknown) => ModelCell
  ): void {
    this.change({ [property]: input }, (target) => {
      const { area, sheet } = target;
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
          sheet.setCell(row, column, make(sheet.cell(row, column), value));
        })
      );
    });
  }
}

const keepFormat = (cell: ModelCell | undefined) =>
  cell?.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat };
