import { dirname, relative, resolve, sep } from "node:path";
import type ExcelJS from "exceljs";
import type { Finding, FindingCounts } from "../core/findings";
import { isRightToLeft, type Lang } from "../core/i18n";
import { cliMessage } from "./cli-messages";
import { findingsTable } from "../core/report/findings-table";
import { quotedSheetName } from "../core/snapshot/address";
import { reportLabel } from "../core/report/report-labels";
import { writeTables, type ReportTable } from "./report-table";

export interface FindingsSheetInput {
  findings: readonly Finding[];
  counts: FindingCounts;
  /** The checked workbook's name, as the summary shows it. */
  file: string;
  /** The checked workbook as a link from the report (a path relative to the report). */
  link: string;
  lang: Lang;
}

/** `file` as a link from a workbook written at `path`: relative to its folder, with / between parts. */
export const linkFrom = (path: string, file: string) =>
  relative(dirname(resolve(path)), resolve(file))
    .split(sep)
    .join("/");

/** "C5" → "$C$5". */
const absolute = (cell: string) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/**
 * The cell in the checked workbook, opened by Excel as `plan.xlsx#'Sheet'!$C$5`. The file part is
 * relative to the report, so the link survives moving both together; characters a URI cannot hold
 * (space, %, #) are escaped, non-Latin letters kept as Excel writes them. The cell is absolute
 * because exceljs takes any `…!C5` target for a link inside the report itself and would write it
 * as one, which Excel then cannot follow.
 */
export function cellLink(
  link: string,
  f: { sheet: string; cell: string }
): ExcelJS.CellHyperlinkValue {
  const file = link.replace(/[ %#]/g, encodeURIComponent);
  return {
    text: `${f.sheet}!${f.cell}`,
    hyperlink: `${file}#${quotedSheetName(f.sheet)}!${absolute(f.cell)}`,
  };
}

function findingsReportTable({ findings, link, lang }: FindingsSheetInput): ReportTable {
  const table = findingsTable(findings, lang);
  return {
    name: "Findings",
    columns: table.headers.map((header, i) => ({
      header,
      ...(i === table.linkColumn ? { kind: "link" as const } : {}),
    })),
    rows: table.rows.map((row, i) =>
      row.map((value, j) => (j === table.linkColumn ? cellLink(link, findings[i]) : value))
    ),
  };
}

/** A summary (workbook, counts by severity) above the findings table, its header frozen. */
export function addFindingsSheet(workbook: ExcelJS.Workbook, input: FindingsSheetInput): void {
  const { counts, file, lang } = input;
  const sheet = workbook.addWorksheet(reportLabel("findingsSheet", lang));
  const summary: [Parameters<typeof reportLabel>[0], string | number][] = [
    ["file", file],
    ["errors", counts.errors],
    ["warnings", counts.warnings],
    ["infos", counts.infos],
  ];
  summary.forEach(([key, value], i) => {
    const labelCell = sheet.getCell(i + 1, 1);
    labelCell.value = reportLabel(key, lang);
    labelCell.font = { bold: true };
    sheet.getCell(i + 1, 2).value = value;
  });
  const [headerRow] = writeTables(
    sheet,
    [findingsReportTable(input)],
    summary.length + 2,
    cliMessage(lang, "report.none")
  );
  sheet.views = [
    headerRow
      ? { state: "frozen", ySplit: headerRow, rightToLeft: isRightToLeft(lang) }
      : { rightToLeft: isRightToLeft(lang) },
  ];
}
