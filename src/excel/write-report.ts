import type { Finding, FindingCounts } from "../core/findings";
import { defaultDisplayPrefs, formatDate, isRightToLeft, type Lang } from "../core/i18n";
import { findingsTable } from "../core/report/findings-table";
import { REPORT_SHEET_NAMES, reportLabel } from "../core/report/report-labels";
import { cellAddress, quotedSheetName } from "../core/snapshot/address";

/** The findings table's fixed name: how a second run finds (and replaces) the first one's. */
export const FINDINGS_TABLE = "RahbordFindings";

export interface ReportInput {
  findings: readonly Finding[];
  counts: FindingCounts;
  lang: Lang;
  checkedAt: Date;
  /** Right-to-left cells for Persian: the caller's Excel has ExcelApi 1.9 (readingOrder). */
  readingOrder: boolean;
}

/** The text of an Excel string literal: its quotes doubled. */
const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** A link to a finding's cell, built by the report itself (plan text is never written as a formula). */
function linkFormula(f: Finding): string {
  const target = `#${quotedSheetName(f.sheet)}!${f.cell}`;
  return `=HYPERLINK(${literal(target)},${literal(`${f.sheet}!${f.cell}`)})`;
}

/**
 * Writes the report sheet: a summary (counts by severity and the time of the check) above the
 * findings table — severity, rule, message, sheet, cell, a link to it, entity, code, related
 * cells. Rewritten in place: the report sheet of either language is reused and renamed, its old
 * table removed, so there is never a second one. Everything from the plan is written as text
 * (the Text number format), so a message or code beginning with "=", "+", "-" or "@" never
 * becomes a formula. Two syncs, whatever the number of findings. Returns the sheet's name.
 */
export async function writeReport(
  context: Excel.RequestContext,
  input: ReportInput
): Promise<string> {
  const { lang } = input;
  const sheets = context.workbook.worksheets;
  const existing = REPORT_SHEET_NAMES.map((name) => sheets.getItemOrNullObject(name).load("name"));
  const oldTable = context.workbook.tables.getItemOrNullObject(FINDINGS_TABLE);
  await context.sync();

  const name = reportLabel("reportSheet", lang);
  const found = existing.find((sheet) => !sheet.isNullObject);
  const sheet = found ?? sheets.add(name);
  if (found && found.name !== name) found.name = name;
  if (!oldTable.isNullObject) oldTable.delete();
  sheet.getRange().clear();

  const label = (key: Parameters<typeof reportLabel>[0]) => reportLabel(key, lang);
  const summary = [
    [label("reportSheet"), ""],
    [label("checkedAt"), formatDate(input.checkedAt, defaultDisplayPrefs(lang), true)],
    [label("errors"), input.counts.errors],
    [label("warnings"), input.counts.warnings],
    [label("infos"), input.counts.infos],
  ];
  const summaryRange = sheet.getRange(`A1:B${summary.length}`);
  summaryRange.numberFormat = summary.map(([, v]) => ["@", typeof v === "number" ? "0" : "@"]);
  summaryRange.values = summary;

  const table = findingsTable(input.findings, lang);
  const top = summary.length + 2;
  const width = table.headers.length;
  const bottom = top + Math.max(table.rows.length, 1);
  const tableAddress = `${cellAddress(top, 1)}:${cellAddress(bottom, width)}`;
  const body = sheet.getRange(tableAddress);
  body.numberFormat = Array.from({ length: bottom - top + 1 }, () =>
    table.headers.map((_, j) => (j === table.linkColumn ? "General" : "@"))
  );
  body.values = [
    table.headers,
    ...(table.rows.length
      ? table.rows.map((row) => row.map((v, j) => (j === table.linkColumn ? "" : (v ?? ""))))
      : [[label("none"), ...table.headers.slice(1).map(() => "")]]),
  ];
  if (table.rows.length) {
    const links = sheet.getRange(
      `${cellAddress(top + 1, table.linkColumn + 1)}:${cellAddress(bottom, table.linkColumn + 1)}`
    );
    links.formulas = input.findings.map((f) => [linkFormula(f)]);
  }
  sheet.tables.add(tableAddress, true).name = FINDINGS_TABLE;
  if (input.readingOrder && isRightToLeft(lang))
    sheet.getRange(`A1:${cellAddress(bottom, width)}`).format.readingOrder = "RightToLeft";
  sheet.activate();
  await context.sync();
  return name;
}
