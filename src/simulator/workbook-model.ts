import type { CellArea } from "../core/snapshot/workbook-snapshot";

/** What a cell holds, as office.js reports it: "" for empty, numbers, booleans, text, "#DIV/0!"-style errors. */
export type ModelValue = string | number | boolean;

export interface ModelCell {
  value: ModelValue;
  /** Right-to-left reading order set on the cell (RangeFormat.readingOrder). */
  readingOrder?: "RightToLeft" | "LeftToRight";
  /** The value is an Excel error ("#DIV/0!"), not text. */
  error?: boolean;
  /** The en-US formula ("=SUM(A1:A3)"), when the cell has one. */
  formula?: string;
  numberFormat?: string;
}

export type ModelVisibility = "Visible" | "Hidden" | "VeryHidden";

/** One worksheet's cells, stored sparsely by row and column (both 1-based). */
export class ModelSheet {
  readonly cells = new Map<number, Map<number, ModelCell>>();
  /** Merged areas; their value sits in the top-left cell. */
  merged: CellArea[] = [];
  readonly tables: ModelTable[] = [];
  constructor(
    public name: string,
    public visibility: ModelVisibility = "Visible"
  ) {}

  cell(row: number, column: number): ModelCell | undefined {
    return this.cells.get(row)?.get(column);
  }

  setCell(row: number, column: number, cell: ModelCell): void {
    let line = this.cells.get(row);
    if (!line) this.cells.set(row, (line = new Map()));
    line.set(column, cell);
  }

  /**
   * The smallest area holding every cell with a value (and, unless `valuesOnly`, every cell with a
   * number format of its own), as Excel's used range; undefined for an empty sheet.
   */
  usedArea(valuesOnly: boolean): CellArea | undefined {
    let area: CellArea | undefined;
    for (const [row, line] of this.cells)
      for (const [column, cell] of line) {
        const used = cell.value !== "" || (!valuesOnly && cell.numberFormat !== undefined);
        if (!used) continue;
        if (!area) area = { top: row, left: column, bottom: row, right: column };
        else {
          area.top = Math.min(area.top, row);
          area.bottom = Math.max(area.bottom, row);
          area.left = Math.min(area.left, column);
          area.right = Math.max(area.right, column);
        }
      }
    return area;
  }
}

export interface ModelTable {
  name: string;
  area: CellArea;
  headerRow: boolean;
}

/** A custom XML part: the package's customXml item, with the id Excel gives it. */
export interface ModelXmlPart {
  id: string;
  xml: string;
}

/** The workbook behind a simulated request context. */
export class ModelWorkbook {
  /** The active sheet, as activate() leaves it, and the selected range (select() activates its sheet). */
  active?: ModelSheet;
  selection?: { sheet: ModelSheet; area: CellArea };

  constructor(
    readonly sheets: ModelSheet[] = [],
    readonly customXmlParts: ModelXmlPart[] = []
  ) {}

  /** A table by name, on whichever sheet (table names are unique in a workbook, without case). */
  table(name: string): { sheet: ModelSheet; table: ModelTable } | undefined {
    const wanted = name.toLocaleLowerCase();
    for (const sheet of this.sheets) {
      const table = sheet.tables.find((t) => t.name.toLocaleLowerCase() === wanted);
      if (table) return { sheet, table };
    }
    return undefined;
  }

  sheet(name: string): ModelSheet | undefined {
    // Excel matches sheet names without regard to case.
    const wanted = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === wanted);
  }
}
