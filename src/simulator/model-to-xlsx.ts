import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ModelVisibility, ModelWorkbook } from "./workbook-model";
import { writeCell } from "./xlsx/cells";
import { writeConditionalFormats } from "./xlsx/conditional-formats";
import { addCustomXmlParts } from "./xlsx/custom-xml-parts";
import { writeNames } from "./xlsx/names";
import { addTables } from "./xlsx/tables";
import { excelViews } from "./xlsx/views";

const STATE: Record<ModelVisibility, ExcelJS.WorksheetState> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** The date the file and each of its zip entries carry, so that a model always gives the same bytes. */
const SAVED = new Date(Date.UTC(2024, 0, 1));

/**
 * The simulated workbook as .xlsx bytes, so that Excel, LibreOffice and the CLI can read what the
 * adapter wrote: cells (values, formulas with their results, formatting, links, notes,
 * validation), sheets' direction and frozen rows, merged areas, tables, conditional formats,
 * defined names and custom XML parts.
 */
export async function modelToXlsx(model: ModelWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = SAVED;
  for (const sheet of model.sheets) {
    const ws = workbook.addWorksheet(sheet.name, {
      state: STATE[sheet.visibility],
      views: excelViews(sheet),
    });
    addTables(ws, sheet);
    for (const [row, line] of sheet.cells)
      for (const [column, cell] of line) writeCell(ws.getCell(row, column), cell);
    for (const m of sheet.merged) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    writeConditionalFormats(ws, sheet);
  }
  writeNames(workbook, model.names);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  await addCustomXmlParts(zip, model.customXmlParts);
  zip.forEach((_, entry) => {
    entry.date = SAVED;
  });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
