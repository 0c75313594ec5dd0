import type ExcelJS from "exceljs";

/**
 * What a report cell may hold. Plan data is only ever a string or a number (exceljs writes a string
 * as a string, so text such as "=SUM(A1)" stays text); a link is built by the report itself.
 */
export type ReportValue = string | number | undefined | ExcelJS.CellHyperlinkValue;

/**
 * How a column is shown: values as they are (wrapped when long; years too, so no separators),
 * numbers with thousands separators (decimals only when a value has some), fractions as percentages.
 */
export type ColumnKind = "plain" | "number" | "percent" | "link";

export interface ReportColumn {
  header: string;
  kind?: ColumnKind;
}

export interface ReportTable {
  /** Excel's table name: unique in the workbook, letters only. */
  name: string;
  /** A line above the table naming it, when the sheet holds several. */
  title?: string;
  columns: ReportColumn[];
  rows: ReportValue[][];
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 70;
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

const textOf = (value: ReportValue): string =>
  value === undefined ? "" : typeof value === "object" ? String(value.text) : String(value);

const isWhole = (value: ReportValue) => typeof value !== "number" || Number.isInteger(value);

function columnStyle(kind: ColumnKind, values: ReportValue[]): Partial<ExcelJS.Style> {
  switch (kind) {
    case "number":
      return { numFmt: values.every(isWhole) ? "#,##0" : "#,##0.00" };
    case "percent":
      return { numFmt: "0.0%" };
    case "link":
      return { font: LINK_FONT };
    case "plain":
      return { alignment: { wrapText: true, vertical: "top" } };
  }
}

/**
 * Writes tables one under another from `startRow` (a title line above each, a blank line between),
 * sizes the sheet's columns to fit every table, and returns the header row of each table written.
 * An empty table becomes its title and "none": Excel rejects a table with no data row.
 */
export function writeTables(
  sheet: ExcelJS.Worksheet,
  tables: readonly ReportTable[],
  startRow: number,
  noneText: string
): number[] {
  const widths: number[] = [];
  const headerRows: number[] = [];
  let row = startRow;
  for (const table of tables) {
    if (table.title) {
      const title = sheet.getCell(row++, 1);
      title.value = table.title;
      title.font = { bold: true, size: 12 };
    }
    if (table.rows.length === 0) {
      sheet.getCell(row, 1).value = noneText;
      row += 2;
      continue;
    }
    headerRows.push(row);
    sheet.addTable({
      name: table.name,
      ref: sheet.getCell(row, 1).address,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: table.columns.map((column, c) => ({
        name: column.header,
        filterButton: true,
        style: columnStyle(
          column.kind ?? "plain",
          table.rows.map((r) => r[c])
        ),
      })),
      rows: table.rows.map((r) => r.map((v) => v ?? null)),
    });
    table.columns.forEach((column, c) => {
      // Numbers take room for separators; filter buttons take room beside the header.
      const longest = Math.max(
        column.header.length + 3,
        ...table.rows.map((r) => textOf(r[c]).length + (typeof r[c] === "number" ? 4 : 1))
      );
      widths[c] = Math.max(widths[c] ?? MIN_WIDTH, Math.min(longest, MAX_WIDTH));
    });
    row += table.rows.length + 2;
  }
  widths.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  return headerRows;
}
