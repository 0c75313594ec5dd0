import { enumKey, enumLookup, DIRECTIONS, FREQUENCIES, STATUSES } from "../normalize/enums";
import { parseDate } from "../normalize/date";
import { parseNumber } from "../normalize/number";
import { canonicalCode } from "../normalize/text";
import type { SheetGrid } from "../model/sheet-grid";

/** What a column's data looks like, from a sample of its rows below the header. */
export interface ColumnProfile {
  filled: number;
  numeric: number;
  dates: number;
  /** Short tokens with a digit or a separator: G1, ۱-۲, P.3, 101. */
  codeLike: number;
  /** Distinct canonical values ÷ filled. */
  unique: number;
  averageLength: number;
  /** Share of values that are direction, status or frequency words. */
  enums: { direction: number; status: number; frequency: number };
  /** Canonical values seen (for linking references to codes across sheets). */
  keys: Set<string>;
}

const SAMPLE_ROWS = 400;
const lookups = {
  direction: enumLookup(DIRECTIONS),
  status: enumLookup(STATUSES),
  frequency: enumLookup(FREQUENCIES),
};
const DIGIT_SEPARATOR_DIGIT = /\d[/\-.]\d/;
const CODE_LIKE = /^[\p{L}]{0,6}[\s_./-]?\d+([_./-]\d+)*[\p{L}]?$|^[\p{L}]{1,3}[_./-]\d/u;

export function profileColumn(grid: SheetGrid, column: number, firstRow: number): ColumnProfile {
  const keys = new Set<string>();
  const profile: ColumnProfile = {
    filled: 0,
    numeric: 0,
    dates: 0,
    codeLike: 0,
    unique: 0,
    averageLength: 0,
    enums: { direction: 0, status: 0, frequency: 0 },
    keys,
  };
  let length = 0;
  const last = Math.min(grid.lastRow, firstRow + SAMPLE_ROWS - 1);
  for (let row = firstRow; row <= last; row++) {
    const value = grid.value(row, column);
    if (value === null || (typeof value === "string" && value.trim() === "")) continue;
    profile.filled++;
    const text = typeof value === "object" ? value.error : String(value).trim();
    length += text.length;
    const code = canonicalCode(text); // digits in ASCII, so that «۱۴۰۲/۰۵/۱۲» reads as a date
    keys.add(code);
    if (parseNumber(value).kind === "number") profile.numeric++;
    // The cheap test first: only text with digits around a separator can be a written date.
    if (
      typeof value === "string" &&
      DIGIT_SEPARATOR_DIGIT.test(code) &&
      parseDate(value).kind === "date"
    )
      profile.dates++;
    if (text.length <= 16 && CODE_LIKE.test(code)) profile.codeLike++;
    const key = enumKey(text);
    for (const kind of ["direction", "status", "frequency"] as const) {
      if (lookups[kind].has(key)) profile.enums[kind]++;
    }
  }
  if (profile.filled > 0) {
    const n = profile.filled;
    profile.averageLength = length / n;
    profile.unique = keys.size / n;
    profile.numeric /= n;
    profile.dates /= n;
    profile.codeLike /= n;
    for (const kind of ["direction", "status", "frequency"] as const) profile.enums[kind] /= n;
  }
  return profile;
}
