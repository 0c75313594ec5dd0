import { modelFromXlsx } from "../model-from-xlsx";
import { CALL_OVERHEAD, jsonBytes } from "../payload";
import type { SimRequestContext } from "../request-context";
import { SimError } from "../sim-error";
import type { ModelSheet, ModelWorkbook } from "../workbook-model";
import { SimClientResult } from "./client-result";
import { freeFormatId } from "./conditional-formats";
import type { SimWorksheet } from "./worksheet";

/** Excel.InsertWorksheetOptions. */
export interface InsertWorksheetOptions {
  positionType?: "None" | "Before" | "After" | "Beginning" | "End";
  relativeTo?: SimWorksheet | string;
  sheetNamesToInsert?: string[];
}

/** The file's bytes, decoded as a browser does (the simulator runs in the playground too). */
function bytesOf(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
}

/** The sheets of the file to insert: all, or those named (a name the file lacks fails). */
function chosenSheets(source: ModelWorkbook, names: string[] | undefined): ModelSheet[] {
  if (!names) return source.sheets;
  return names.map((name) => {
    const sheet = source.sheet(name);
    if (!sheet) throw new SimError("ItemNotFound", `The file has no sheet named '${name}'.`);
    return sheet;
  });
}

/** Excel fails the insertion when a sheet's name, or a table's, is already in the workbook. */
function refuseClashes(model: ModelWorkbook, sheets: ModelSheet[]): void {
  for (const sheet of sheets) {
    if (model.sheet(sheet.name))
      throw new SimError("ItemAlreadyExists", `A sheet named '${sheet.name}' already exists.`);
    for (const { name } of sheet.tables)
      if (model.table(name))
        throw new SimError("ItemAlreadyExists", `A table named '${name}' already exists.`);
  }
}

/** The index the first inserted sheet takes; "None", like no position, means the end. */
function insertionIndex(model: ModelWorkbook, options: InsertWorksheetOptions): number {
  const { positionType = "End", relativeTo } = options;
  if (positionType === "Beginning") return 0;
  if (positionType === "End" || positionType === "None") return model.sheets.length;
  const anchor = typeof relativeTo === "string" ? model.sheet(relativeTo) : relativeTo?.located();
  if (!anchor)
    throw new SimError("InvalidArgument", `'${positionType}' needs the sheet it is relative to.`);
  const at = model.sheets.indexOf(anchor);
  return positionType === "Before" ? at : at + 1;
}

/**
 * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13): the file's sheets with their cells, formats,
 * validation, tables, conditional formats and view. The file is read when the call is made, and
 * the call waits for it at the sync. Defined names and custom XML parts of the file are left out.
 * The result holds the inserted sheets' names (office.js gives their ids; the model has none).
 */
export function insertWorksheets(
  context: SimRequestContext,
  base64: string,
  options: InsertWorksheetOptions = {}
): SimClientResult<string[]> {
  const reading = Promise.resolve(base64).then(bytesOf).then(modelFromXlsx);
  reading.catch(() => undefined); // reported by the sync, not as an unhandled rejection
  const result = new SimClientResult<string[]>();
  context.enqueue({
    requestBytes: CALL_OVERHEAD + base64.length + jsonBytes(options.sheetNamesToInsert ?? []),
    run: async () => {
      const source = await reading.catch(() => {
        throw new SimError("InvalidArgument", "The file is not a workbook Excel can open.");
      });
      const { model } = context;
      const sheets = chosenSheets(source, options.sheetNamesToInsert);
      refuseClashes(model, sheets);
      model.sheets.splice(insertionIndex(model, options), 0, ...sheets);
      // Conditional format ids stay unique in the workbook.
      for (const format of sheets.flatMap((s) => s.conditionalFormats))
        format.id = freeFormatId(model);
      const names = sheets.map((s) => s.name);
      return { responseBytes: jsonBytes(names), deliver: () => result.deliver(names) };
    },
  });
  return result;
}
