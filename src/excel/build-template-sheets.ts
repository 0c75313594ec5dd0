import { cellAddress, columnLetters } from "../core/snapshot/address";
import { INSTRUCTIONS_WIDTH } from "../core/template/template-sheets";
import type { TemplateColumn, TemplateSheet, TemplateSpec } from "../core/template/template-spec";

/** What the sheets may use beyond ExcelApi 1.7. */
export interface SheetFeatures {
  /** Lists and notes (ExcelApi 1.8). */
  dataValidation: boolean;
  /** Right-to-left cells for a right-to-left language (ExcelApi 1.9). */
  readingOrder: boolean;
}

/** The template's width in characters as points: 7 pixels a character of Calibri 11, 5 of margin. */
const points = (characters: number) => (characters * 7 + 5) * 0.75;

/**
 * The file gives a column that only shows a note Excel's "any value" validation, for which office.js
 * has no rule: a rule that every value meets carries the note instead.
 */
const ANY_VALUE = { custom: { formula: "=TRUE" } };

function addValidation(cells: Excel.Range, column: TemplateColumn): void {
  const { validation: check, prompt } = column;
  if (!check && !prompt) return;
  const validation = cells.dataValidation;
  validation.rule = check
    ? {
        list: {
          inCellDropDown: true,
          source: check.kind === "words" ? check.words.join(",") : `=${check.range}`,
        },
      }
    : ANY_VALUE;
  validation.ignoreBlanks = true;
  validation.errorAlert = {
    showAlert: check?.strict ?? false,
    style: "Stop",
    title: "",
    message: "",
  };
  if (prompt) validation.prompt = { showPrompt: true, title: prompt.title, message: prompt.text };
}

/** A column of `rows` rows, all `format`, as office.js takes a range's number formats. */
const formats = (rows: number, format: string) => Array.from({ length: rows }, () => [format]);

function addInstructions(sheets: Excel.WorksheetCollection, spec: TemplateSpec) {
  const { name, title, lines } = spec.instructions;
  const sheet = sheets.add(name);
  const values = [[title], [""], ...lines.map((line) => [line])];
  const text = sheet.getRange(`A1:A${values.length}`);
  text.numberFormat = formats(values.length, "@");
  text.values = values;
  text.format.wrapText = true;
  text.format.columnWidth = points(INSTRUCTIONS_WIDTH);
  sheet.getRange("A1").format.font.bold = true;
  return { sheet, area: text };
}

function addRoleSheet(
  sheets: Excel.WorksheetCollection,
  role: TemplateSheet,
  spec: TemplateSpec,
  features: SheetFeatures
) {
  const sheet = sheets.add(role.name);
  const { first, last } = spec.rows;
  const width = role.columns.length;
  // Headers as text, so none can turn into a number or a formula.
  const headers = sheet.getRange(`A1:${cellAddress(1, width)}`);
  headers.numberFormat = [role.columns.map(() => "@")];
  headers.values = [role.columns.map((column) => column.header)];
  role.columns.forEach((column, i) => {
    const letter = columnLetters(i + 1);
    const body = sheet.getRange(`${letter}${first}:${letter}${last}`);
    body.format.columnWidth = points(column.width);
    if (column.numberFormat) body.numberFormat = formats(last - first + 1, column.numberFormat);
    if (features.dataValidation) addValidation(body, column);
  });
  // Headers and one empty row, as in the file; Excel's default style is the file's too.
  sheet.tables.add(`A1:${cellAddress(first, width)}`, true).name = role.table;
  sheet.freezePanes.freezeRows(1);
  return { sheet, area: sheet.getRange(`A1:${cellAddress(last, width)}`) };
}

/**
 * Queues the template built through the API, for an Excel that cannot insert its file: the same
 * sheets, headers, text formats, widths, tables, frozen header, lists and notes. The API cannot
 * turn a sheet right to left, so a right-to-left language gets right-to-left cells instead.
 * Returns the instructions sheet.
 */
export function queueTemplateSheets(
  sheets: Excel.WorksheetCollection,
  spec: TemplateSpec,
  features: SheetFeatures
): Excel.Worksheet {
  const instructions = addInstructions(sheets, spec);
  const built = [instructions, ...spec.sheets.map((r) => addRoleSheet(sheets, r, spec, features))];
  if (spec.rightToLeft && features.readingOrder)
    for (const { area } of built) area.format.readingOrder = "RightToLeft";
  return instructions.sheet;
}
