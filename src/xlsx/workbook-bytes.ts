import ExcelJS from "exceljs";
import JSZip from "jszip";
import { errorMessage } from "../core/error-message";
import { isStoredMappingPart } from "../core/mapping/stored-mapping";
import type { WorkbookSnapshot } from "../core/snapshot/workbook-snapshot";
import { sheetSnapshot } from "./sheet-snapshot";

/** An .xlsx workbook as the engine reads it. */
export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  /** The XML of Rahbord's custom XML part, when the add-in stored a mapping in the workbook. */
  storedMappingXml?: string;
}

/** Why bytes are not a workbook Rahbord can read; the CLI and the pane each say it in their words. */
export type WorkbookProblemKey =
  | "input.empty"
  | "input.encrypted"
  | "input.legacyXls"
  | "input.text"
  | "input.unknownBytes"
  | "input.notWorkbookZip"
  | "input.damaged"
  | "input.noSheets"
  | "input.noData";

/**
 * Bytes that are not a readable workbook with data: what is wrong as a message key, and its
 * placeholders ({file}, and {reason} for a damaged workbook: the parser's words).
 */
export class WorkbookProblem extends Error {
  constructor(
    readonly key: WorkbookProblemKey,
    readonly values: { file: string; reason?: string },
    options?: { cause?: unknown }
  ) {
    super(key, options);
    this.name = "WorkbookProblem";
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** Compound File Binary: Excel 97–2003 workbooks, and password-protected .xlsx files. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((b, i) => bytes[i] === b);

/** "EncryptionInfo" in UTF-16LE, the name of the stream an encrypted OOXML package holds. */
const ENCRYPTION_INFO = [..."EncryptionInfo"].flatMap((c) => [c.charCodeAt(0), 0]);

/** Whether the bytes hold the sequence anywhere (a plain scan: no Node Buffer in the browser). */
function includes(bytes: Uint8Array, sequence: readonly number[]): boolean {
  const first = sequence[0];
  for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    if (i + sequence.length > bytes.length) return false;
    let j = 1;
    while (j < sequence.length && bytes[i + j] === sequence[j]) j++;
    if (j === sequence.length) return true;
  }
  return false;
}

/** Mostly printable UTF-8: a CSV or other text file given an .xlsx name. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(sample);
  const odd = [...text].filter((c) => c === "\uFFFD" || (c < " " && !"\t\r\n".includes(c)));
  return odd.length <= text.length * 0.02;
}

/** Refuses, with the reason, bytes that cannot be an .xlsx workbook, before a parser is given them. */
function checkWorkbookBytes(bytes: Uint8Array, file: string): void {
  const refuse = (key: WorkbookProblemKey) => {
    throw new WorkbookProblem(key, { file });
  };
  if (bytes.length === 0) refuse("input.empty");
  if (startsWith(bytes, CFB))
    refuse(includes(bytes, ENCRYPTION_INFO) ? "input.encrypted" : "input.legacyXls");
  if (startsWith(bytes, EMPTY_ZIP)) refuse("input.notWorkbookZip");
  if (!startsWith(bytes, ZIP)) refuse(looksLikeText(bytes) ? "input.text" : "input.unknownBytes");
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

/** Rahbord's custom XML part, found by its namespace among the package's customXml items. */
async function storedMappingXml(zip: JSZip): Promise<string | undefined> {
  for (const item of zip.file(/^customXml\/item\d+\.xml$/)) {
    const xml = await item.async("string");
    if (isStoredMappingPart(xml)) return xml;
  }
  return undefined;
}

/**
 * An .xlsx file's bytes as the engine's snapshot, in Node or the browser (exceljs and JSZip only).
 * `file` names it in problems. Anything that is not a readable workbook with data becomes a
 * WorkbookProblem naming what is wrong.
 */
export async function readWorkbookBytes(bytes: Uint8Array, file: string): Promise<WorkbookRead> {
  checkWorkbookBytes(bytes, file);
  const damaged = (error: unknown) =>
    new WorkbookProblem("input.damaged", { file, reason: errorMessage(error) }, { cause: error });
  const zip = await JSZip.loadAsync(bytes).catch((error: unknown) => {
    throw damaged(error);
  });
  if (!zip.file("xl/workbook.xml")) throw new WorkbookProblem("input.notWorkbookZip", { file });

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
  if (sheets.length === 0) throw new WorkbookProblem("input.noSheets", { file });
  if (sheets.every((s) => s.values.length === 0))
    throw new WorkbookProblem("input.noData", { file });
  return { snapshot: { sheets }, storedMappingXml: await storedMappingXml(zip) };
}
