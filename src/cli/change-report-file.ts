import { access } from "node:fs/promises";
import type ExcelJS from "exceljs";
import type { PlanChange } from "../core/compare/plan-diff";
import { CATALOGUES, isRightToLeft, type Lang } from "../core/i18n";
import {
  CHANGE_REPORT_SHEET_NAMES,
  changeReportRows,
  readJustifications,
  type ChangeLocation,
} from "../core/review/change-report";
import { rahbordWorkbook } from "../xlsx/rahbord-workbook";
import { cliMessage } from "./cli-messages";
import { readWorkbookFile } from "./read-workbook";
import { cellLink } from "./report-findings-sheet";
import { writeTables } from "./report-table";

export interface ChangeReportFileInput {
  changes: readonly PlanChange[];
  locations: readonly (ChangeLocation | undefined)[];
  /** The compared workbooks' names, as the sheet's first line tells them. */
  before: string;
  after: string;
  lang: Lang;
  previous: ReadonlyMap<string, string>;
  /** The later workbook as a link from the report, so each location opens its cell. */
  link?: string;
}

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** The change report as a workbook: one sheet, the same table the add-in writes in its sheet. */
export function buildChangeReportWorkbook(input: ChangeReportFileInput): ExcelJS.Workbook {
  const { lang } = input;
  const workbook = rahbordWorkbook(FIXED_DATE);
  const sheet = workbook.addWorksheet(CATALOGUES[lang]["review.sheet"]);
  const heading = sheet.getCell(1, 1);
  heading.value = cliMessage(lang, "diff.heading", { before: input.before, after: input.after });
  heading.font = { bold: true };
  const table = changeReportRows(
    input.changes,
    input.lang,
    input.previous,
    (_, i) => input.locations[i]
  );
  const { link } = input;
  const linked = (column: number) => link !== undefined && column === table.locationColumn;
  const columns = table.headers.map((header, c) => ({
    header,
    ...(linked(c) ? { kind: "link" as const } : {}),
  }));
  const rows = table.rows.map((row, i) => {
    const at = table.locations[i];
    return row.map((value, c) => (linked(c) && at ? cellLink(link!, at) : value));
  });
  const [headerRow] = writeTables(
    sheet,
    [{ name: "Changes", columns, rows }],
    3,
    cliMessage(lang, "diff.none")
  );
  sheet.views = [
    headerRow
      ? { state: "frozen", ySplit: headerRow, rightToLeft: isRightToLeft(lang) }
      : { rightToLeft: isRightToLeft(lang) },
  ];
  return workbook;
}

/**
 * The justifications typed in a change report at `path` written before, to keep when it is
 * written again; none when there is no such file yet.
 */
export async function previousJustifications(path: string): Promise<Map<string, string>> {
  const exists = await access(path).then(
    () => true,
    () => false
  );
  if (!exists) return new Map();
  const { snapshot } = await readWorkbookFile(path);
  const sheet = snapshot.sheets.find((s) => CHANGE_REPORT_SHEET_NAMES.includes(s.name));
  return readJustifications(sheet?.values ?? []);
}
