import type ExcelJS from "exceljs";
import { columnLetters } from "../core/snapshot/address";
import { INSTRUCTIONS_WIDTH } from "../core/template/template-sheets";
import type { TemplateColumn, TemplateSheet, TemplateSpec } from "../core/template/template-spec";
import { rahbordWorkbook, reproducibleBytes } from "./rahbord-workbook";

/** A fixed date for the document properties and the zip entries: the same template, the same bytes. */
const CREATED = new Date(Date.UTC(2025, 0, 1));

/** exceljs 4.4 keeps range validations in `dataValidations`, which its type declarations omit. */
interface RangeValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** Excel's "any value" validation: no check, only the input message. Missing from exceljs's types. */
const ANY = "any" as ExcelJS.DataValidation["type"];

function dataValidation(column: TemplateColumn): ExcelJS.DataValidation | undefined {
  const { validation: check, prompt } = column;
  if (!check && !prompt) return undefined;
  const message = prompt
    ? { showInputMessage: true, promptTitle: prompt.title, prompt: prompt.text }
    : {};
  if (!check) return { type: ANY, formulae: [], ...message };
  const formula = check.kind === "words" ? `"${check.words.join(",")}"` : check.range;
  return {
    type: "list",
    formulae: [formula],
    allowBlank: true,
    showErrorMessage: check.strict,
    ...message,
  };
}

function addInstructions(workbook: ExcelJS.Workbook, spec: TemplateSpec): void {
  const { name, title, lines } = spec.instructions;
  const sheet = workbook.addWorksheet(name, {
    views: [{ rightToLeft: spec.rightToLeft, showGridLines: false }],
  });
  sheet.getColumn(1).width = INSTRUCTIONS_WIDTH;
  sheet.getCell("A1").value = title;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  lines.forEach((line, i) => {
    const cell = sheet.getCell(i + 3, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
}

function addRoleSheet(workbook: ExcelJS.Workbook, role: TemplateSheet, spec: TemplateSpec) {
  const sheet = workbook.addWorksheet(role.name, {
    views: [{ state: "frozen", ySplit: 1, rightToLeft: spec.rightToLeft }],
  });
  const { first, last } = spec.rows;
  // Widths and formats first: the cells the table creates take their column's format.
  role.columns.forEach((column, i) => {
    const letter = columnLetters(i + 1);
    sheet.getColumn(i + 1).width = column.width;
    if (column.numberFormat) sheet.getColumn(i + 1).numFmt = column.numberFormat;
    const validation = dataValidation(column);
    if (validation)
      (sheet as unknown as RangeValidations).dataValidations.add(
        `${letter}${first}:${letter}${last}`,
        validation
      );
  });
  sheet.addTable({
    name: role.table,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: role.columns.map((column) => ({ name: column.header, filterButton: true })),
    // One empty body row: Excel repairs (drops) a table that has none.
    rows: [role.columns.map(() => null)],
  });
}

/** The planning template as an exceljs workbook: the instructions, then one table per role. */
export function buildTemplateWorkbook(spec: TemplateSpec): ExcelJS.Workbook {
  const workbook = rahbordWorkbook(CREATED);
  addInstructions(workbook, spec);
  for (const role of spec.sheets) addRoleSheet(workbook, role, spec);
  return workbook;
}

/**
 * The template's .xlsx bytes, the same for the same spec whenever they are made: the CLI writes
 * them to a file, the add-in inserts them into the open workbook.
 */
export function templateBytes(spec: TemplateSpec): Promise<Uint8Array> {
  return reproducibleBytes(buildTemplateWorkbook(spec), CREATED);
}
