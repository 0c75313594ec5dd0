import { basename } from "node:path";
import type ExcelJS from "exceljs";
import type { Consolidation } from "../core/cascade/consolidate";
import { countFindings, type Finding } from "../core/findings";
import { isRightToLeft, type Lang } from "../core/i18n";
import { findingsTable } from "../core/report/findings-table";
import { reportLabel } from "../core/report/report-labels";
import { rahbordWorkbook } from "../xlsx/rahbord-workbook";
import { cliMessage, type CliMessageKey } from "./cli-messages";
import { cellLink, linkFrom } from "./report-findings-sheet";
import { writeTables, type ReportTable, type ReportValue } from "./report-table";
import { replaceFile } from "./write-output";

export interface ConsolidatedOptions {
  lang: Lang;
  parent: { file: string; hash: string };
  districts: { name: string; file: string }[];
  /** Where each workbook is linked from: the path relative to the consolidated workbook's folder. */
  linkOf?: (file: string) => string;
  date?: Date;
}

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
/** Uncovered goals' rows: a light red fill, as Excel's "Light red fill" conditional format. */
const UNCOVERED_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFFFC7CE" },
};
const UNCOVERED_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF9C0006" } };

/** Excel table column names must differ (ignoring case): a district named "Code" gets "Code (2)". */
function uniqueHeaders(headers: readonly string[]): string[] {
  const used = new Set<string>();
  return headers.map((header) => {
    let name = header.trim() || "—";
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${header} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

function setView(sheet: ExcelJS.Worksheet, lang: Lang, headerRow: number | undefined) {
  const rightToLeft = isRightToLeft(lang);
  sheet.views = [headerRow ? { state: "frozen", ySplit: headerRow, rightToLeft } : { rightToLeft }];
}

/** Label: value lines at the top of a sheet. */
function labelLines(sheet: ExcelJS.Worksheet, lines: [string, string | number][]) {
  lines.forEach(([label, value], i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = label;
    cell.font = { bold: true };
    sheet.getCell(i + 1, 2).value = value;
  });
}

function addSummary(
  workbook: ExcelJS.Workbook,
  result: Consolidation,
  options: ConsolidatedOptions
) {
  const { lang } = options;
  const m = (key: CliMessageKey) => cliMessage(lang, key);
  const sheet = workbook.addWorksheet(m("cascade.summarySheet"));
  const overall = countFindings(result.overall);
  const all = countFindings(result.districts.flatMap((d) => d.findings).concat(result.overall));
  labelLines(sheet, [
    [m("cascade.parentLabel"), basename(options.parent.file)],
    [m("cascade.hashLabel"), options.parent.hash],
    [m("cascade.districtsLabel"), result.districts.length],
    [reportLabel("errors", lang), all.errors],
    [reportLabel("warnings", lang), all.warnings],
    [reportLabel("infos", lang), all.infos],
  ]);
  const table: ReportTable = {
    name: "Districts",
    columns: [
      { header: m("cascade.districtHeader") },
      { header: reportLabel("file", lang) },
      { header: reportLabel("errors", lang), kind: "number" },
      { header: reportLabel("warnings", lang), kind: "number" },
      { header: reportLabel("infos", lang), kind: "number" },
    ],
    rows: [
      ...result.districts.map((d, i) => [
        d.name,
        basename(options.districts[i].file),
        d.counts.errors,
        d.counts.warnings,
        d.counts.infos,
      ]),
      [
        m("cascade.overallRow"),
        basename(options.parent.file),
        overall.errors,
        overall.warnings,
        overall.infos,
      ],
    ],
  };
  const [header] = writeTables(sheet, [table], 8, m("report.none"));
  setView(sheet, lang, header);
}

/** Parent goals as rows, districts as columns: how many of each district's rows serve the goal. */
function addMatrix(workbook: ExcelJS.Workbook, result: Consolidation, lang: Lang) {
  const m = (key: CliMessageKey) => cliMessage(lang, key);
  const sheet = workbook.addWorksheet(m("cascade.matrixSheet"));
  const { goals, districts, links } = result.matrix;
  const headers = uniqueHeaders([
    m("cascade.codeHeader"),
    m("cascade.goalHeader"),
    ...districts,
    m("cascade.servingHeader"),
    reportLabel("message", lang),
  ]);
  const serving = links.map((row) => row.filter((n) => n > 0).length);
  const rows: ReportValue[][] = goals.map((g, i) => [
    g.code,
    g.title,
    ...links[i],
    serving[i],
    serving[i] === 0 ? m("cascade.uncoveredMark") : undefined,
  ]);
  const table: ReportTable = {
    name: "Coverage",
    columns: headers.map((header, c) => ({
      header,
      ...(c >= 2 && c < 3 + districts.length ? { kind: "number" as const } : {}),
    })),
    rows,
  };
  const [header] = writeTables(sheet, [table], 1, m("report.none"));
  if (header !== undefined)
    serving.forEach((n, i) => {
      if (n > 0) return;
      const row = sheet.getRow(header + 1 + i);
      for (let c = 1; c <= headers.length; c++) {
        const cell = row.getCell(c);
        cell.fill = UNCOVERED_FILL;
        cell.font = UNCOVERED_FONT;
      }
    });
  setView(sheet, lang, header);
}

/** Every finding, its district first (the parent's findings: all districts together), linked to its cell. */
function addFindings(
  workbook: ExcelJS.Workbook,
  result: Consolidation,
  options: ConsolidatedOptions
) {
  const { lang } = options;
  const linkOf = options.linkOf ?? basename;
  const sheet = workbook.addWorksheet(reportLabel("findingsSheet", lang));
  const rows: { district: string; link: string; finding: Finding }[] = [];
  result.districts.forEach((d, i) => {
    const link = linkOf(options.districts[i].file);
    for (const finding of d.findings) rows.push({ district: d.name, link, finding });
  });
  const parentLink = linkOf(options.parent.file);
  const overall = cliMessage(lang, "cascade.overallRow");
  for (const finding of result.overall) rows.push({ district: overall, link: parentLink, finding });

  const table = findingsTable(
    rows.map((r) => r.finding),
    lang
  );
  const report: ReportTable = {
    name: "Findings",
    columns: [cliMessage(lang, "cascade.districtHeader"), ...table.headers].map((header, i) => ({
      header,
      ...(i === table.linkColumn + 1 ? { kind: "link" as const } : {}),
    })),
    rows: table.rows.map((row, i) => [
      rows[i].district,
      ...row.map((value, j) =>
        j === table.linkColumn ? cellLink(rows[i].link, rows[i].finding) : value
      ),
    ]),
  };
  const [header] = writeTables(sheet, [report], 1, cliMessage(lang, "report.none"));
  setView(sheet, lang, header);
}

/** The consolidated workbook: a summary, the district × goal matrix, and every finding. */
export function buildConsolidatedWorkbook(
  result: Consolidation,
  options: ConsolidatedOptions
): ExcelJS.Workbook {
  const workbook = rahbordWorkbook(options.date ?? FIXED_DATE);
  addSummary(workbook, result, options);
  addMatrix(workbook, result, options.lang);
  addFindings(workbook, result, options);
  return workbook;
}

/**
 * Writes the consolidated workbook to `path`. Findings link to the district's (or the parent's)
 * workbook by its path relative to the written file's folder, as the validate report does.
 */
export async function writeConsolidatedFile(
  path: string,
  result: Consolidation,
  options: Omit<ConsolidatedOptions, "linkOf">
): Promise<void> {
  const linkOf = (file: string) => linkFrom(path, file);
  await replaceFile(
    path,
    await buildConsolidatedWorkbook(result, { ...options, linkOf }).xlsx.writeBuffer()
  );
}
