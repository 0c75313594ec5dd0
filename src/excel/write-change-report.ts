import type { PlanChange } from "../core/compare/plan-diff";
import {
  CATALOGUES,
  createTranslator,
  defaultDisplayPrefs,
  isRightToLeft,
  type Lang,
} from "../core/i18n";
import {
  CHANGE_REPORT_SHEET_NAMES,
  changeReportRows,
  readJustifications,
  type ChangeLocation,
} from "../core/review/change-report";
import { shownReviewDate } from "../core/review/review-date";
import type { SnapshotMeta } from "../core/review/snapshot-part";
import { cellAddress, quotedSheetName } from "../core/snapshot/address";

/** The change table's fixed name: how a second report finds (and replaces) the first one's. */
export const CHANGES_TABLE = "RahbordChanges";

export interface ChangeReportInput {
  changes: readonly PlanChange[];
  locations: readonly (ChangeLocation | undefined)[];
  /** The snapshot compared with. */
  since: SnapshotMeta;
  lang: Lang;
  comparedAt: Date;
  /** Right-to-left cells for Persian: the caller's Excel has ExcelApi 1.9 (readingOrder). */
  readingOrder: boolean;
}

/** The text of an Excel string literal: its quotes doubled. */
const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;
const link = (at: ChangeLocation) =>
  `=HYPERLINK(${literal(`#${quotedSheetName(at.sheet)}!${at.cell}`)},${literal(`${at.sheet}!${at.cell}`)})`;

/**
 * Writes the change-report sheet: what the snapshot was, when the comparison ran, and the table of
 * changes — entity, code, change, before, after, justification, a link to the row now. The
 * justifications typed in the sheet before are read back first and kept on their changes. The one
 * report sheet of either language is reused and renamed. Everything from the plan is written as
 * text (the Text number format), amounts as numbers, so nothing becomes a formula. Three syncs
 * when the sheet exists (two when not). Returns the sheet's name and the justifications kept.
 */
export async function writeChangeReport(
  context: Excel.RequestContext,
  input: ChangeReportInput
): Promise<{ sheet: string; carried: number }> {
  const { lang } = input;
  const sheets = context.workbook.worksheets;
  const existing = CHANGE_REPORT_SHEET_NAMES.map((name) =>
    sheets.getItemOrNullObject(name).load("name")
  );
  const oldTable = context.workbook.tables.getItemOrNullObject(CHANGES_TABLE);
  await context.sync();

  const found = existing.find((sheet) => !sheet.isNullObject);
  let previous = new Map<string, string>();
  if (found) {
    const used = found.getUsedRangeOrNullObject(true).load("values");
    await context.sync();
    if (!used.isNullObject) previous = readJustifications(used.values);
  }

  const name = CATALOGUES[lang]["review.sheet"];
  const sheet = found ?? sheets.add(name);
  if (found && found.name !== name) found.name = name;
  if (!oldTable.isNullObject) oldTable.delete();
  sheet.getRange().clear();

  const i18n = createTranslator(defaultDisplayPrefs(lang));
  const date = shownReviewDate(input.since.reviewDate, i18n.prefs);
  const summary = [
    [name, ""],
    [i18n.t("review.report.since", { label: input.since.label, date }), ""],
    [i18n.t("review.report.comparedAt"), i18n.date(input.comparedAt, true)],
  ];
  const summaryRange = sheet.getRange(`A1:B${summary.length}`);
  summaryRange.numberFormat = summary.map(() => ["@", "@"]);
  summaryRange.values = summary;

  const table = changeReportRows(input.changes, lang, previous, (_, i) => input.locations[i]);
  const top = summary.length + 2;
  const width = table.headers.length;
  const bottom = top + Math.max(table.rows.length, 1);
  const tableAddress = `${cellAddress(top, 1)}:${cellAddress(bottom, width)}`;
  const rows = table.rows.length
    ? table.rows.map((row) => row.map((v, j) => (j === table.locationColumn ? "" : v)))
    : [[i18n.t("review.report.none"), ...table.headers.slice(1).map(() => "")]];
  const body = sheet.getRange(tableAddress);
  body.numberFormat = [table.headers, ...rows].map((row) =>
    row.map((v, j) => (j === table.locationColumn || typeof v === "number" ? "General" : "@"))
  );
  body.values = [table.headers, ...rows];
  const links = table.locations.map((at) => [at ? link(at) : ""]);
  if (table.rows.length) {
    const column = table.locationColumn + 1;
    sheet.getRange(`${cellAddress(top + 1, column)}:${cellAddress(bottom, column)}`).formulas =
      links;
  }
  sheet.tables.add(tableAddress, true).name = CHANGES_TABLE;
  if (input.readingOrder && isRightToLeft(lang))
    sheet.getRange(`A1:${cellAddress(bottom, width)}`).format.readingOrder = "RightToLeft";
  sheet.activate();
  await context.sync();
  return { sheet: name, carried: table.carried };
}
