import { isCellError, type CellValue } from "../snapshot/workbook-snapshot";
import { canonicalCode } from "./text";

export type ParsedNumber =
  | { kind: "empty" }
  | {
      kind: "number";
      value: number;
      /** written as a percentage ("80%", "۸۰٪"): value is 0.8 */ percent: boolean;
    }
  | { kind: "invalid"; reason: "text" | "error" | "boolean" };

const EMPTY: ParsedNumber = { kind: "empty" };
const PERCENT_WORDS = /(%|٪|درصد|percent)$/;
/** 1,234,567.89 — commas only as thousands separators, in groups of three. */
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/;
/** ۲/۵ — in a numeric field a slash between digits is a decimal point. */
const SLASH_DECIMAL = /^-?\d+\/\d+$/;

/**
 * A numeric field's value: numbers as they are; text in Persian or Latin digits with ٬ or ,
 * thousands, ٫ or . or / decimals, a leading minus or accounting parentheses, and % or ٪ or
 * «درصد» for percentages. Text, errors and booleans are invalid (a finding, never a guess).
 */
export function parseNumber(value: CellValue): ParsedNumber {
  if (value === null) return EMPTY;
  if (typeof value === "number") return { kind: "number", value, percent: false };
  if (typeof value === "boolean") return { kind: "invalid", reason: "boolean" };
  if (isCellError(value)) return { kind: "invalid", reason: "error" };
  let text = canonicalCode(value)
    .replace(/\u066c/g, ",")
    .replace(/\u066b/g, ".");
  if (text === "") return EMPTY;
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  const percent = PERCENT_WORDS.test(text);
  if (percent) text = text.replace(PERCENT_WORDS, "");
  if (text.startsWith("+")) text = text.slice(1);
  let n: number;
  if (PLAIN.test(text)) n = Number(text);
  else if (GROUPED.test(text)) n = Number(text.replace(/,/g, ""));
  else if (SLASH_DECIMAL.test(text)) n = Number(text.replace("/", "."));
  else return { kind: "invalid", reason: "text" };
  if (!Number.isFinite(n)) return { kind: "invalid", reason: "text" };
  if (negative) n = -n;
  return { kind: "number", value: percent ? n / 100 : n, percent };
}
