import type ExcelJS from "exceljs";
import type { Lang } from "../../src/core/i18n";
import { columnLetters } from "../../src/core/snapshot/address";
import { rahbordWorkbook } from "../../src/xlsx/rahbord-workbook";
import type { Column, SheetLayout } from "./layout";
import type { Plan, Written } from "./plan";

/** Fixed, so that writing the samples again changes nothing. */
export const WRITTEN = new Date("2025-04-20T06:30:00Z");

const FONT = { fa: "Tahoma", en: "Calibri" } as const;
const THIN = { style: "thin", color: { argb: "FF9E9E9E" } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDCE6F1" },
};

/** Runs of neighbouring columns under the same group title (1-based column numbers). */
function groupRuns(columns: Column<unknown>[], lang: Lang) {
  const runs: { group: string; first: number; last: number }[] = [];
  columns.forEach((c, i) => {
    const group = c.group?.[lang];
    if (!group) return;
    const run = runs.at(-1);
    if (run && run.group === group && run.last === i) run.last = i + 1;
    else runs.push({ group, first: i + 1, last: i + 1 });
  });
  return runs;
}

/** Header cells in the rows given: ungrouped titles merged down both rows, groups across theirs. */
function writeHeader(
  sheet: ExcelJS.Worksheet,
  columns: Column<unknown>[],
  lang: Lang,
  row: number
) {
  const runs = groupRuns(columns, lang);
  const rows = runs.length > 0 ? 2 : 1;
  columns.forEach((c, i) => {
    if (c.group?.[lang]) {
      sheet.getCell(row + 1, i + 1).value = c.header[lang];
      return;
    }
    sheet.getCell(row, i + 1).value = c.header[lang];
    if (rows === 2) sheet.mergeCells(row, i + 1, row + 1, i + 1);
  });
  for (const { group, first, last } of runs) {
    sheet.getCell(row, first).value = group;
    if (last > first) sheet.mergeCells(row, first, row, last);
  }
  for (let r = row; r < row + rows; r++) {
    for (let c = 1; c <= columns.length; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = { name: FONT[lang], bold: true, size: 10 };
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    }
  }
  return rows;
}

/** The totals row under `table` (written from row `first`): SUMs with their results, as exceljs does not calculate. */
function totalsRow(columns: Column<unknown>[], label: string, table: Written[][], first: number) {
  const last = first + table.length - 1;
  return columns.map((c, i): ExcelJS.CellValue => {
    if (i === 0) return label;
    if (!c.total) return null;
    const result = table.reduce((sum, row) => sum + (typeof row[i] === "number" ? row[i] : 0), 0);
    const letter = columnLetters(i + 1);
    return { formula: `SUM(${letter}${first}:${letter}${last})`, result };
  });
}

/**
 * One sheet: title rows merged across the table and a blank row, the header (two rows when
 * columns are grouped under merged titles), the data, and a totals row where the layout has one.
 */
function addSheet(
  workbook: ExcelJS.Workbook,
  layout: SheetLayout<unknown>,
  plan: Plan,
  lang: Lang
) {
  const columns = layout.columns.filter((c) => !c.only || c.only === lang);
  const sheet = workbook.addWorksheet(layout.name[lang]);
  sheet.columns = columns.map((c) => ({ width: c.width }));

  let row = 1;
  for (const title of layout.titles) {
    const cell = sheet.getCell(row, 1);
    cell.value = title[lang];
    cell.font = { name: FONT[lang], bold: true, size: row === 1 ? 14 : 12 };
    cell.alignment = { horizontal: "center", vertical: "middle" };
    sheet.mergeCells(row, 1, row, columns.length);
    row++;
  }
  if (layout.titles.length > 0) row++;
  const hasHeader = columns.some((c) => c.header[lang]);
  if (hasHeader) row += writeHeader(sheet, columns, lang, row);

  const table = layout
    .rows(plan)
    .map((data, index) => columns.map((c) => c.value(data, lang, index)));
  const rows: ExcelJS.CellValue[][] = [...table];
  if (layout.totals) rows.push(totalsRow(columns, layout.totals[lang], table, row));
  rows.forEach((values, r) => {
    const bold = r === table.length; // the totals row
    values.forEach((value, i) => {
      const cell = sheet.getCell(row + r, i + 1);
      cell.value = value;
      const format = columns[i].format?.[lang];
      if (format && (typeof value === "number" || columns[i].total)) cell.numFmt = format;
      cell.border = BORDER;
      cell.font = { name: FONT[lang], size: 10, bold };
      cell.alignment = { vertical: "middle", wrapText: true };
    });
  });
  const frozen = { state: "frozen", ySplit: row - 1 } as const;
  sheet.views = [{ rightToLeft: lang === "fa", ...(hasHeader ? frozen : {}) }];
}

/** The workbook of a plan in one language, as an office would keep it. */
export function planWorkbook(plan: Plan, sheets: SheetLayout<unknown>[], lang: Lang) {
  const workbook = rahbordWorkbook(WRITTEN);
  for (const layout of sheets) addSheet(workbook, layout, plan, lang);
  return workbook;
}
