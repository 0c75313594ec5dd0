import { isRightToLeft, type Lang } from "../core/i18n";
import type { ParentRegister } from "../core/register/parent-register";
import {
  readRegisterSheet,
  REGISTER_HEADER_ROW,
  REGISTER_SHEET_NAMES,
  registerSheetName,
  registerSheetRows,
} from "../core/register/register-sheet";
import { cellAddress } from "../core/snapshot/address";
import type { CellValue } from "../core/snapshot/workbook-snapshot";
import { CELL_PROPERTIES, snapshotRows } from "./read-snapshot";

/** The register sheet as the pane shows it. */
export interface RegisterState {
  /** The sheet's name (either language's). */
  sheet: string;
  register: ParentRegister;
  /** The sheet is protected, as Rahbord leaves it; false when someone unprotected it. */
  protected: boolean;
}

export interface WriteRegisterOptions {
  lang: Lang;
  /** Right-to-left cells for Persian: the caller's Excel has ExcelApi 1.9 (readingOrder). */
  readingOrder: boolean;
}

export interface RegisterWritten {
  kind: "written";
  sheet: string;
  /** Entities written: policies, goals and KPIs. */
  rows: number;
  /** An earlier register was replaced (rather than a new sheet added). */
  replaced: boolean;
}

/** The register sheet was protected again with a password of the user's: Rahbord left it as it was. */
export interface RegisterLocked {
  kind: "locked";
  sheet: string;
}

/** Column widths in points, by the register's columns (kind, code, title, parent, … ceiling). */
const WIDTHS = [64, 64, 240, 64, 96, 64, 80, 72, 72, 72, 96];

/** Queues a look-up of every sheet with a register's name (either language), by name. */
function queueRegisterSheets(context: Excel.RequestContext) {
  return REGISTER_SHEET_NAMES.map((name) =>
    context.workbook.worksheets.getItemOrNullObject(name).load("name")
  );
}

/** Text as text, always: "@" keeps "=…", "+…", "-…", "@…" and "1.2" what they are. */
const formatOf = (value: CellValue) => (typeof value === "number" ? "General" : "@");

/**
 * The register on its own sheet: Rahbord's register sheet (either language's) is rewritten in
 * place — unprotected, cleared, written, protected again — or added when there is none; a second
 * register sheet (the other language's) is removed. Nothing else is touched. Text is written as
 * text, numbers as numbers; the sheet is protected without a password, so a user can unprotect it
 * but not edit it by accident. Two syncs; a third tells a register the user locked with a password
 * (which Rahbord cannot lift) from any other failure.
 */
export async function writeParentRegister(
  context: Excel.RequestContext,
  register: ParentRegister,
  options: WriteRegisterOptions
): Promise<RegisterWritten | RegisterLocked> {
  const sheets = context.workbook.worksheets;
  const existing = queueRegisterSheets(context);
  await context.sync();

  const name = registerSheetName(options.lang);
  const [kept, ...extra] = existing.filter((sheet) => !sheet.isNullObject);
  for (const sheet of extra) sheet.delete();
  let sheet: Excel.Worksheet;
  if (kept) {
    sheet = kept;
    sheet.protection.unprotect();
    if (kept.name !== name) sheet.name = name;
    sheet.getRange().clear();
  } else sheet = sheets.add(name);

  const rows = registerSheetRows(register, options.lang);
  const width = WIDTHS.length;
  const cells = rows.map((row) => Array.from({ length: width }, (_, j) => row[j] ?? ""));
  const all = sheet.getRange(`A1:${cellAddress(cells.length, width)}`);
  all.numberFormat = cells.map((row) => row.map(formatOf));
  all.values = cells as (string | number | boolean)[][];
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange(
    `A${REGISTER_HEADER_ROW}:${cellAddress(REGISTER_HEADER_ROW, width)}`
  ).format.font.bold = true;
  WIDTHS.forEach((points, j) => {
    sheet.getRange(cellAddress(1, j + 1)).format.columnWidth = points;
  });
  if (options.readingOrder && isRightToLeft(options.lang)) all.format.readingOrder = "RightToLeft";
  sheet.freezePanes.freezeRows(REGISTER_HEADER_ROW);
  // Formatting columns stays allowed, so a reader can widen them; the cells stay locked.
  sheet.protection.protect({ allowFormatColumns: true });
  try {
    await context.sync();
  } catch (error) {
    if (!kept) throw error;
    const protection = kept.protection.load("protected");
    await context.sync();
    if (protection.protected) return { kind: "locked", sheet: kept.name };
    throw error;
  }
  return {
    kind: "written",
    sheet: name,
    rows: register.policies.length + register.goals.length + register.kpis.length,
    replaced: kept !== undefined,
  };
}

/**
 * The register the workbook holds, read from its sheet, and whether the sheet is protected; none
 * when there is no register sheet or it no longer reads as one. One sync when there is none, two
 * when there is.
 */
export async function readParentRegister(
  context: Excel.RequestContext
): Promise<RegisterState | undefined> {
  const existing = queueRegisterSheets(context);
  await context.sync();
  const found = existing
    .filter((sheet) => !sheet.isNullObject)
    .map((sheet) => ({
      sheet,
      used: sheet.getUsedRangeOrNullObject(true).load(`${CELL_PROPERTIES}, rowIndex, columnIndex`),
      protection: sheet.protection.load("protected"),
    }));
  if (found.length === 0) return undefined;
  await context.sync();
  for (const { sheet, used, protection } of found) {
    if (used.isNullObject) continue;
    const { values } = snapshotRows(used);
    const register = readRegisterSheet({
      name: sheet.name,
      visibility: "Visible",
      origin: { row: used.rowIndex + 1, column: used.columnIndex + 1 },
      values,
    });
    if (register) return { sheet: sheet.name, register, protected: protection.protected };
  }
  return undefined;
}

/**
 * Removes the register (the import undone): every sheet with a register's name is deleted,
 * protected or not. The user's sheets are not touched. Returns the names removed; one sync when
 * there is nothing to remove, two otherwise.
 */
export async function removeParentRegister(context: Excel.RequestContext): Promise<string[]> {
  const existing = queueRegisterSheets(context);
  await context.sync();
  const found = existing.filter((sheet) => !sheet.isNullObject);
  if (found.length === 0) return [];
  const names = found.map((sheet) => sheet.name);
  for (const sheet of found) sheet.delete();
  await context.sync();
  return names;
}
