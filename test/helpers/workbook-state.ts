import type { ModelSheet, ModelWorkbook } from "../../src/simulator/workbook-model";

/** JSON with every object's keys in order, so that equal content gives equal text. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v
  );

const sheetData = (sheet: ModelSheet) => ({
  name: sheet.name,
  visibility: sheet.visibility,
  cells: [...sheet.cells].map(([row, line]) => [row, [...line]]),
  merged: sheet.merged,
  tables: sheet.tables,
  conditionalFormats: sheet.conditionalFormats,
});

/** Everything a user could see of a sheet, as comparable text. */
export const sheetState = (sheet: ModelSheet) => canonical(sheetData(sheet));

/**
 * The user's sheets (all but `except`, Rahbord's own) and the workbook's names, as comparable text:
 * values, formulas, formats, notes, links, validation, conditional formats, tables.
 */
export const userState = (model: ModelWorkbook, except: readonly string[] = []) =>
  canonical({
    sheets: model.sheets.filter((s) => !except.includes(s.name)).map(sheetData),
    names: model.names.map((n) => ({ ...n, scope: n.scope?.name })),
  });
