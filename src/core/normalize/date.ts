import { d2g, d2j, g2d, isValidJalaaliDate, j2d, jalaaliMonthLength } from "jalaali-js";
import { isCellError, type CellValue } from "../snapshot/workbook-snapshot";
import { digitsValue } from "./text";

/**
 * Dates are kept as Julian day numbers (integers), which compare and subtract directly and convert
 * to either calendar through jalaali-js.
 */
export type DayNumber = number;

export type Precision = "day" | "month" | "year";

export type ParsedDate =
  | { kind: "empty" }
  | { kind: "date"; day: DayNumber; precision: Precision; calendar: "jalali" | "gregorian" }
  | { kind: "invalid"; reason: "unparseable" | "impossible" | "ambiguous" | "error" };

const DIGIT = "[0-9\u06f0-\u06f9\u0660-\u0669]";
const SEP = "[\\s\u200e\u200f]*[/.\\-][\\s\u200e\u200f]*";
/**
 * One to three groups of digits (any script) separated by / - or ., optionally followed by a time;
 * bidi marks pasted in around the text are allowed. One regular expression: dates are parsed by the
 * ten thousand.
 */
const DATE_TEXT = new RegExp(
  `^[\\s\u200e\u200f\u202a-\u202e\u2066-\u2069]*(${DIGIT}{1,4})(?:${SEP}(${DIGIT}{1,2})(?:${SEP}(${DIGIT}{1,4}))?)?` +
    `(?:[T\\s]${DIGIT}{1,2}:${DIGIT}{2}(?::${DIGIT}{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?[\\s\u200e\u200f\u202a-\u202e\u2066-\u2069]*$`
);

/** Which end of a year or month a partial date stands for ("1402" starts on 1 Farvardin, ends on 29/30 Esfand). */
export type Bound = "start" | "end";

const EMPTY: ParsedDate = { kind: "empty" };
const invalid = (reason: "unparseable" | "impossible" | "ambiguous" | "error"): ParsedDate => ({
  kind: "invalid",
  reason,
});

/** Excel's 1900 date system: serial 61 is 1 March 1900 (serial 60 is the non-existent 29 Feb 1900). */
const EXCEL_EPOCH = 2415019;

export function dayFromExcelSerial(serial: number): DayNumber | undefined {
  const whole = Math.floor(serial);
  if (whole < 1 || whole === 60 || whole > 2958465) return undefined;
  return whole + EXCEL_EPOCH + (whole < 60 ? 1 : 0);
}

export const isJalaliYear = (y: number) => y >= 1300 && y <= 1500;
export const isGregorianYear = (y: number) => y >= 1900 && y <= 2200;

export function toJalaliParts(day: DayNumber) {
  return d2j(day);
}

export function toGregorianParts(day: DayNumber) {
  return d2g(day);
}

/** A number format that shows a date (y, m, d tokens outside quotes and colours), Jalali ones included. */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === "General") return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[yd]/i.test(bare) || /m/i.test(bare.replace(/[hs]+:?m+|m+:?s+/gi, ""));
}

function fromParts(
  calendar: "jalali" | "gregorian",
  y: number,
  m: number,
  d: number,
  precision: Precision,
  bound: Bound
): ParsedDate {
  if (calendar === "jalali") {
    if (precision === "year")
      return {
        kind: "date",
        calendar,
        precision,
        day: bound === "start" ? j2d(y, 1, 1) : j2d(y + 1, 1, 1) - 1,
      };
    if (m < 1 || m > 12) return invalid("impossible");
    if (precision === "month")
      return {
        kind: "date",
        calendar,
        precision,
        day: j2d(y, m, bound === "start" ? 1 : jalaaliMonthLength(y, m)),
      };
    if (!isValidJalaaliDate(y, m, d)) return invalid("impossible");
    return { kind: "date", calendar, precision, day: j2d(y, m, d) };
  }
  if (precision === "year")
    return {
      kind: "date",
      calendar,
      precision,
      day: bound === "start" ? g2d(y, 1, 1) : g2d(y, 12, 31),
    };
  if (m < 1 || m > 12) return invalid("impossible");
  const length = g2d(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - g2d(y, m, 1);
  if (precision === "month")
    return { kind: "date", calendar, precision, day: g2d(y, m, bound === "start" ? 1 : length) };
  if (d < 1 || d > length) return invalid("impossible");
  return { kind: "date", calendar, precision, day: g2d(y, m, d) };
}

const calendarOf = (year: number) =>
  isJalaliYear(year) ? "jalali" : isGregorianYear(year) ? "gregorian" : undefined;

/**
 * A date field's value. Accepted: Excel date serials; Jalali text (years 1300–1500, any digits,
 * separated by / - or .); Gregorian ISO text; year-first dates in either calendar; year or
 * year/month alone (a start or an end of that period, per `bound`); day-first text only when it
 * cannot be read month-first. A number is a date serial when its format shows a date, else a
 * whole number in 1300–1500 or 1900–2200 is a year. Impossible dates (1399/13/01, 1400/12/30) and ambiguous ones
 * (97/2/23, 03/04/2024) are invalid with their reason — never guessed.
 */
export function parseDate(
  value: CellValue,
  bound: Bound = "start",
  numberFormat?: string | null
): ParsedDate {
  if (value === null) return EMPTY;
  if (typeof value === "boolean") return invalid("unparseable");
  if (isCellError(value)) return invalid("error");
  if (typeof value === "number") {
    // A bare whole number in a date field is a year (1402, 2024) unless its format says date.
    if (Number.isInteger(value) && !isDateFormat(numberFormat)) {
      const calendar = calendarOf(value);
      if (calendar) return fromParts(calendar, value, 1, 1, "year", bound);
    }
    const day = dayFromExcelSerial(value);
    return day === undefined
      ? invalid("unparseable")
      : { kind: "date", day, precision: "day", calendar: "gregorian" };
  }
  const m = DATE_TEXT.exec(value);
  if (!m) return value.trim() === "" ? EMPTY : invalid("unparseable");
  const parts = [m[1], m[2], m[3]].filter((p): p is string => p !== undefined);
  const n = parts.map(digitsValue);
  const [a, b, c] = n;
  if (parts.length === 1) {
    const calendar = calendarOf(a);
    return calendar ? fromParts(calendar, a, 1, 1, "year", bound) : invalid("unparseable");
  }
  if (parts.length === 2) {
    const calendar = parts[0].length === 4 ? calendarOf(a) : undefined;
    return calendar ? fromParts(calendar, a, b, 1, "month", bound) : invalid("unparseable");
  }
  if (parts.length !== 3) return invalid("unparseable");
  if (parts[0].length === 4) {
    const calendar = calendarOf(a);
    return calendar ? fromParts(calendar, a, b, c, "day", bound) : invalid("unparseable");
  }
  if (parts[2].length === 4) {
    const calendar = calendarOf(c);
    if (!calendar) return invalid("unparseable");
    // Jalali is never written month-first; Gregorian d/m/y vs m/d/y is ambiguous unless one part > 12.
    if (calendar === "gregorian" && a <= 12 && b <= 12 && a !== b) return invalid("ambiguous");
    return fromParts(calendar, c, b, a, "day", bound);
  }
  // Two-digit years (97/2/23): the century and even the calendar are a guess.
  return invalid("ambiguous");
}
