import type { Finding } from "../findings";
import type { Lang } from "../i18n";
import { findingsTable } from "./findings-table";

/** Excel reads a CSV file as UTF-8 only when it starts with a byte order mark; else Persian is garbled. */
const BYTE_ORDER_MARK = "\uFEFF";

/** Text Excel would take for a formula; it is written with a leading apostrophe, as text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: string | undefined): string {
  const text = value ?? "";
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The findings as a CSV file for Excel, with the report sheet's columns: UTF-8 with BOM, CRLF lines. */
export function findingsCsv(findings: readonly Finding[], lang: Lang): string {
  const { headers, rows } = findingsTable(findings, lang);
  const lines = [headers, ...rows].map((cells) => cells.map(csvField).join(","));
  return `${BYTE_ORDER_MARK}${lines.join("\r\n")}\r\n`;
}
