import { formatDate, type DisplayPrefs } from "../i18n";
import { parseDate, toGregorianParts } from "../normalize/date";

const pad = (n: number) => String(n).padStart(2, "0");

/** A local day as an ISO day ("2026-03-21"). */
export const isoDay = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/**
 * A review date as typed, Jalali ("1405/01/01", Persian digits too) or Gregorian ("2026-03-21"),
 * as an ISO day; undefined unless it names one whole, possible day.
 */
export function parseReviewDate(text: string): string | undefined {
  const parsed = parseDate(text);
  if (parsed.kind !== "date" || parsed.precision !== "day") return undefined;
  const { gy, gm, gd } = toGregorianParts(parsed.day);
  return `${gy}-${pad(gm)}-${pad(gd)}`;
}

/** An ISO day in the reader's calendar and digits ("۱۴۰۵/۰۱/۰۱"). */
export function shownReviewDate(iso: string, prefs: DisplayPrefs): string {
  const [y, m, d] = iso.split("-").map(Number);
  return formatDate(new Date(y, m - 1, d), prefs);
}
