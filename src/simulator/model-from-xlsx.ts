import ExcelJS from "exceljs";
import JSZip from "jszip";
import { areaOfRange } from "../core/snapshot/address";
import { VISIBILITY } from "../xlsx/cell-value";
import { tablesOf } from "../xlsx/tables";
import { ModelSheet, ModelWorkbook } from "./workbook-model";
import { modelCellOf } from "./xlsx/cells";
import { conditionalFormatIds, conditionalFormatsOf } from "./xlsx/conditional-formats";
import { readCustomXmlParts } from "./xlsx/custom-xml-parts";
import { readHyperlinks } from "./xlsx/hyperlinks";
import { namesOf } from "./xlsx/names";
import { readNotes } from "./xlsx/notes";
import { sheetPartsByName } from "./xlsx/package-parts";
import { validationOf } from "./xlsx/validation";
import { sheetViewOf } from "./xlsx/views";

/** exceljs reads validation per cell, by address; its typings leave the list out. */
type SheetValidations = { model: Record<string, ExcelJS.DataValidation> };

/** A sheet from exceljs's, with what exceljs loses read from the sheet's part of the package. */
async function sheetOf(
  ws: ExcelJS.Worksheet,
  system: 1900 | 1904,
  zip: JSZip,
  part: string | undefined,
  nextFormatId: () => string
): Promise<ModelSheet> {
  const sheet = Object.assign(
    new ModelSheet(ws.name, VISIBILITY[ws.state] ?? "Visible"),
    sheetViewOf(ws)
  );
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const model = modelCellOf(cell, system);
      if (model) sheet.setCell(r, c, model);
    })
  );
  // Validation, links and notes may sit on cells that have nothing else.
  const cellAt = (row: number, column: number) => {
    if (!sheet.cell(row, column)) sheet.setCell(row, column, { value: "" });
    return sheet.cell(row, column)!;
  };
  const validations = (ws as unknown as { dataValidations: SheetValidations }).dataValidations;
  for (const [address, dv] of Object.entries(validations.model)) {
    const validation = validationOf(dv);
    const at = areaOfRange(address);
    if (validation && at) cellAt(at.top, at.left).validation = validation;
  }
  if (part) {
    for (const { row, column, hyperlink } of await readHyperlinks(zip, part))
      cellAt(row, column).hyperlink = hyperlink;
    for (const { row, column, note } of await readNotes(zip, part)) cellAt(row, column).note = note;
  }
  sheet.merged = ws.model.merges.flatMap((range) => areaOfRange(range) ?? []);
  sheet.tables.push(...tablesOf(ws));
  sheet.conditionalFormats.push(...conditionalFormatsOf(ws, nextFormatId));
  return sheet;
}

/**
 * A workbook for the simulator from an .xlsx file's bytes: each cell's value as Excel shows it
 * (formula results, dates as serial numbers, errors), formula, formatting, link, note and
 * validation; each sheet's direction, frozen rows, merged areas, tables and conditional formats;
 * the defined names and custom XML parts.
 */
export async function modelFromXlsx(data: ArrayBuffer | Uint8Array): Promise<ModelWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  const zip = await JSZip.loadAsync(data);
  const system = workbook.properties?.date1904 ? 1904 : 1900;
  const parts = await sheetPartsByName(zip);
  const nextFormatId = conditionalFormatIds();
  const sheets: ModelSheet[] = [];
  for (const ws of workbook.worksheets)
    sheets.push(await sheetOf(ws, system, zip, parts.get(ws.name), nextFormatId));
  const model = new ModelWorkbook(sheets, await readCustomXmlParts(zip));
  model.names.push(...namesOf(workbook));
  return model;
}
