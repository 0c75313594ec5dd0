import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { errorMessage } from "../core/error-message";
import { isStoredMappingPart } from "../core/mapping/stored-mapping";
import type { WorkbookSnapshot } from "../core/snapshot/workbook-snapshot";
import { fileSystemProblem } from "./file-system-reason";
import { checkWorkbookBytes, InputProblem } from "./input-problem";
import { sheetSnapshot } from "./sheet-snapshot";

export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  /** The XML of Rahbord's custom XML part, when the add-in stored a mapping in the workbook. */
  storedMappingXml?: string;
}

/**
 * Worksheet parts the engine never reads (exceljs's documented `ignoreNodes`): skipping them makes
 * workbooks heavy with validation lists, conditional formats and print settings quicker to read.
 * Kept: cell data, merged areas and tables.
 */
const IGNORED_NODES = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "autoFilter",
  "rowBreaks",
  "hyperlinks",
  "pageMargins",
  "dataValidations",
  "pageSetup",
  "headerFooter",
  "printOptions",
  "picture",
  "drawing",
  "sheetProtection",
  "conditionalFormatting",
  "extLst",
];

/** Reads the file's bytes, or says in one line why it cannot (missing, a folder, no permission). */
async function readBytes(path: string): Promise<Buffer> {
  const file = basename(path);
  try {
    if ((await stat(path)).isDirectory()) throw new InputProblem("input.folder", { file });
    return await readFile(path);
  } catch (error) {
    if (error instanceof InputProblem) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputProblem("input.missing", { file: path });
    throw fileSystemProblem("input.unreadable", file, error);
  }
}

/** Rahbord's custom XML part, found by its namespace among the package's customXml items. */
async function storedMappingXml(zip: JSZip): Promise<string | undefined> {
  for (const item of zip.file(/^customXml\/item\d+\.xml$/)) {
    const xml = await item.async("string");
    if (isStoredMappingPart(xml)) return xml;
  }
  return undefined;
}

/**
 * An .xlsx file as the engine's snapshot. Never writes to the file. Anything that is not a readable
 * workbook with data becomes an InputProblem naming what is wrong.
 */
export async function readWorkbookFile(path: string): Promise<WorkbookRead> {
  const bytes = await readBytes(path);
  const file = basename(path);
  checkWorkbookBytes(bytes, file);
  const damaged = (error: unknown) =>
    new InputProblem("input.damaged", { file, reason: errorMessage(error) }, { cause: error });
  const zip = await JSZip.loadAsync(bytes).catch((error: unknown) => {
    throw damaged(error);
  });
  if (!zip.file("xl/workbook.xml")) throw new InputProblem("input.notWorkbookZip", { file });

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx
    .load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES })
    .catch((error: unknown) => {
      throw damaged(error);
    });
  const system = workbook.properties?.date1904 ? 1904 : 1900;
  // Each sheet is let go once read: the workbook model is many times the snapshot's size.
  const sheets = [...workbook.worksheets].map((sheet) => {
    const snapshot = sheetSnapshot(sheet, system);
    workbook.removeWorksheet(sheet.id);
    return snapshot;
  });
  if (sheets.length === 0) throw new InputProblem("input.noSheets", { file });
  if (sheets.every((s) => s.values.length === 0)) throw new InputProblem("input.noData", { file });
  return { snapshot: { sheets }, storedMappingXml: await storedMappingXml(zip) };
}
