import { DEFAULT_ALERT, DEFAULT_PROMPT } from "../../src/simulator/proxies/data-validation";
import type { ModelCell, ModelSheet, ModelWorkbook } from "../../src/simulator/workbook-model";

/** JSON with every object's keys in order, so that equal content gives equal text. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v
  );

/** Rows and columns in order: the order cells were stored in is nothing a user sees. */
const byKey = <T>(map: Map<number, T>) => [...map].sort(([a], [b]) => a - b);

/** A cell as Excel shows it: a validation's prompt and alert nobody set read as the defaults. */
const seen = (cell: ModelCell): ModelCell =>
  cell.validation
    ? {
        ...cell,
        validation: { prompt: DEFAULT_PROMPT, errorAlert: DEFAULT_ALERT, ...cell.validation },
      }
    : cell;

const sheetData = (sheet: ModelSheet) => ({
  name: sheet.name,
  visibility: sheet.visibility,
  cells: byKey(sheet.cells).map(([row, line]) => [
    row,
    byKey(line).map(([c, cell]) => [c, seen(cell)]),
  ]),
  merged: sheet.merged,
  tables: sheet.tables,
  conditionalFormats: sheet.conditionalFormats,
  view: { rightToLeft: sheet.rightToLeft, frozenRows: sheet.frozenRows },
  columnWidths: [...sheet.columnWidths],
});

/** Everything a user could see of a sheet, as comparable text. */
export const sheetState = (sheet: ModelSheet) => canonical(sheetData(sheet));

/**
 * The user's sheets (all but `except`, Rahbord's own) and the workbook's names, as comparable text:
 * values, formulas, formats, notes, links, validation, conditional formats, tables, direction,
 * frozen rows and column widths.
 */
export const userState = (model: ModelWorkbook, except: readonly string[] = []) =>
  canonical({
    sheets: model.sheets.filter((s) => !except.includes(s.name)).map(sheetData),
    names: model.names.map((n) => ({ ...n, scope: n.scope?.name })),
  });
