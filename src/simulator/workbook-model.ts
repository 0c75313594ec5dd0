import type { CellArea } from "../core/snapshot/workbook-snapshot";
import { guidLike } from "./guid";
import type { ModelChart } from "./model-chart";

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
  /** Fill colour ("#FFC7CE"), as RangeFill.color reports it. */
  fill?: string;
  font?: ModelFont;
  /** The cell's link (Range.hyperlink, ExcelApi 1.7). */
  hyperlink?: ModelHyperlink;
  /** The cell's note (the yellow sticky text; "comments" in older Excel). */
  note?: string;
  validation?: ModelValidation;
}

export interface ModelFont {
  color?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface ModelHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

/**
 * A cell's data validation as Excel.DataValidation reports it: `rule` holds exactly one of
 * Excel.DataValidationRule's keys (list, wholeNumber, decimal, date, time, textLength, custom).
 */
export interface ModelValidation {
  rule: Record<string, unknown>;
  ignoreBlanks: boolean;
  prompt?: { showPrompt: boolean; title: string; message: string };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
}

/** What a conditional format applies where its rule holds. */
export interface ModelConditionalStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

/**
 * One conditional format of a sheet. `type` is Excel.ConditionalFormatType's ("Custom",
 * "CellValue", "ColorScale", …); for "Custom" the rule is `formula` and the style `style`; the
 * other kinds keep what the file said in `detail`, so they survive untouched.
 */
export interface ModelConditionalFormat {
  id: string;
  type: string;
  areas: CellArea[];
  formula?: string;
  style?: ModelConditionalStyle;
  stopIfTrue?: boolean;
  detail?: unknown;
}

export type ModelVisibility = "Visible" | "Hidden" | "VeryHidden";

/**
 * A protected sheet's protection (Worksheet.protection, ExcelApi 1.2): what it still allows
 * (Excel.WorksheetProtectionOptions; what is not said is refused) and its password, if any.
 */
export interface ModelProtection {
  options: Record<string, boolean | string>;
  password?: string;
}

/** One worksheet's cells, stored sparsely by row and column (both 1-based). */
let sheetsMade = 0;

export class ModelSheet {
  readonly cells = new Map<number, Map<number, ModelCell>>();
  /** Merged areas; their value sits in the top-left cell. */
  merged: CellArea[] = [];
  readonly tables: ModelTable[] = [];
  readonly charts: ModelChart[] = [];
  /** In priority order: the first applies first. */
  readonly conditionalFormats: ModelConditionalFormat[] = [];
  /** The sheet's own view runs right to left (the sheet's direction, not a cell's reading order). */
  rightToLeft?: boolean;
  /** Rows kept in view at the top (Worksheet.freezePanes). */
  frozenRows?: number;
  /** Widths in points of the columns given one (by 1-based column); the rest have Excel's default. */
  readonly columnWidths = new Map<number, number>();
  /** Set while the sheet is protected: Excel then refuses edits to its cells through the API. */
  protection?: ModelProtection;
  /** Excel's worksheet id: stable while the sheet lives, whatever its name. */
  readonly id = guidLike(++sheetsMade);
  constructor(
    public name: string,
    public visibility: ModelVisibility = "Visible"
  ) {}

  cell(row: number, column: number): ModelCell | undefined {
    return this.cells.get(row)?.get(column);
  }

  /** Forgets a cell, and its row once that is empty, so a sheet's storage reflects only its content. */
  deleteCell(row: number, column: number): void {
    const line = this.cells.get(row);
    if (line?.delete(column) && line.size === 0) this.cells.delete(row);
  }

  setCell(row: number, column: number, cell: ModelCell): void {
    let line = this.cells.get(row);
    if (!line) this.cells.set(row, (line = new Map()));
    line.set(column, cell);
  }

  /**
   * The smallest area holding every cell with a value (and, unless `valuesOnly`, every cell with
   * formatting of its own), as Excel's used range; undefined for an empty sheet.
   */
  usedArea(valuesOnly: boolean): CellArea | undefined {
    let area: CellArea | undefined;
    for (const [row, line] of this.cells)
      for (const [column, cell] of line) {
        // Any key besides the value is formatting (format, fill, note, validation…).
        const used = cell.value !== "" || (!valuesOnly && Object.keys(cell).length > 1);
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

/** A defined name: "=Plan!$A$1:$B$9" or a constant, with the sheet it is scoped to, if any. */
export interface ModelName {
  name: string;
  formula: string;
  visible: boolean;
  comment: string;
  /** The sheet the name is local to; workbook-wide when absent. */
  scope?: ModelSheet;
}

/** An edit to cells, as WorksheetCollection.onChanged reports it. */
export interface ModelChange {
  sheet: ModelSheet;
  area: CellArea;
}

/** The workbook behind a simulated request context. */
export class ModelWorkbook {
  /** The active sheet, as activate() leaves it, and the selected range (select() activates its sheet). */
  active?: ModelSheet;
  selection?: { sheet: ModelSheet; area: CellArea };
  /** The workbook's named items (defined names). */
  readonly names: ModelName[] = [];
  /** Custom XML parts added so far: Excel never gives a part's id again, a deleted one's neither. */
  partsAdded = 0;
  /** Who hears of edits to cells (WorksheetCollection.onChanged). */
  readonly changeListeners = new Set<(change: ModelChange) => void>();

  constructor(
    readonly sheets: ModelSheet[] = [],
    readonly customXmlParts: ModelXmlPart[] = []
  ) {}

  /** Tells the listeners that cells of a sheet were edited. */
  changed(sheet: ModelSheet, area: CellArea): void {
    for (const listener of this.changeListeners) listener({ sheet, area });
  }

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
