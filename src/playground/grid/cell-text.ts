import {
  dayFromExcelSerial,
  isDateFormat,
  toGregorianParts,
  toJalaliParts,
} from "../../core/normalize/date";
import { defaultDisplayPrefs, formatNumber } from "../../core/i18n";
import type { ModelCell } from "../../simulator/workbook-model";

/** Where Excel's General alignment puts a value: text at the reading start, numbers at the end. */
export type CellAlign = "start" | "end" | "center";

export interface CellText {
  text: string;
  align: CellAlign;
}

/** Cells show Latin digits and Excel's en-US separators, whatever the pane's language. */
const LATIN = defaultDisplayPrefs("en");

const pad = (n: number) => String(n).padStart(2, "0");

/** The value as Excel shows it in General: up to 10 significant digits, exponents for the extremes. */
function general(value: number): string {
  const size = Math.abs(value);
  if (size !== 0 && (size >= 1e11 || size < 1e-9)) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const power = Number(exponent);
    return `${Number(mantissa)}E${power < 0 ? "-" : "+"}${pad(Math.abs(power))}`;
  }
  return String(Number(value.toPrecision(10)));
}

/** Colours, locales, quoted text and escapes: a format's parts that hold no tokens. */
const NOT_TOKENS = /\[[^\]]*\]|"[^"]*"|\\.|_.|\*./g;

/** A format's text without its literal parts: what its tokens are read from. */
const bare = (section: string) => section.replace(NOT_TOKENS, "");

/** Literal text of a section (quoted or escaped), kept where the format puts it. */
const literal = (text: string) =>
  text.replace(/"([^"]*)"|\\(.)|_.|\*./g, "$1$2").replace(/\[[^\]]*\]/g, "");

/** Numbers through "0", "0.00", "#,##0", "0%" and the like; the first section, or the negative one. */
function numberText(value: number, format: string): string | undefined {
  const sections = format.split(";");
  const negative = value < 0 && sections.length > 1;
  const section = negative ? sections[1] : sections[0];
  // Found where the literal parts are blanked, so "[$-409]" or "\"No. 0\"" gives no digits.
  const masked = section.replace(NOT_TOKENS, (part) => " ".repeat(part.length));
  const digits = /[#0?][#0?,]*(\.[#0?]+)?/.exec(masked);
  if (!digits) return undefined;
  const percent = (bare(section).match(/%/g) ?? []).length;
  const decimals = (digits[1] ?? ".").length - 1;
  const shown = formatNumber((negative ? -value : value) * 100 ** percent, LATIN, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: digits[0].includes(","),
  });
  const before = literal(section.slice(0, digits.index));
  const after = literal(section.slice(digits.index + digits[0].length));
  return before + shown + after;
}

const jalaliParts = (day: number) => {
  const { jy, jm, jd } = toJalaliParts(day);
  return [jy, jm, jd];
};
const gregorianParts = (day: number) => {
  const { gy, gm, gd } = toGregorianParts(day);
  return [gy, gm, gd];
};

/**
 * A date serial through the format's y, m and d: Jalali when the format names the Persian locale
 * or calendar ("[$-fa-IR,16]yyyy/mm/dd"), else Gregorian; month names and times are left out.
 */
function dateText(serial: number, format: string): string {
  const day = dayFromExcelSerial(serial);
  if (day === undefined) return "#".repeat(8); // Excel fills the cell with # for an impossible date
  const [y, m, d] = /\[\$-(fa|429)|,16\]/i.test(format) ? jalaliParts(day) : gregorianParts(day);
  return bare(format)
    .replace(/[hHsS].*$/, "")
    .trim()
    .replace(/y+|m+|d+/gi, (token) => {
      const kind = token[0].toLowerCase();
      if (kind === "y") return token.length > 2 ? String(y) : pad(y % 100);
      const n = kind === "m" ? m : d;
      return token.length === 1 ? String(n) : pad(n);
    });
}

function formatted(value: number, format: string | undefined): string {
  if (!format || format === "General" || format === "@") return general(value);
  if (isDateFormat(format)) return dateText(value, format);
  return numberText(value, format) ?? general(value);
}

/** A cell's text and alignment as the grid shows them. */
export function cellText(cell: ModelCell): CellText {
  const { value } = cell;
  if (cell.error) return { text: String(value), align: "center" };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", align: "center" };
  if (typeof value === "number") return { text: formatted(value, cell.numberFormat), align: "end" };
  return { text: value, align: "start" };
}
