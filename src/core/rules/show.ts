import { localizeDigits, type Lang } from "../i18n";
import { toGregorianParts, toJalaliParts, type Precision } from "../normalize/date";
import { isCellError, type CellValue } from "../snapshot/workbook-snapshot";

/** The cell as its reader sees it, for messages: text trimmed (and shortened), an error as its literal. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const text = String(value).trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A Jalali year or month starts and ends on Jalali month bounds; a Gregorian one never does. */
const onJalaliMonthBound = (day: number) =>
  toJalaliParts(day).jd === 1 || toJalaliParts(day + 1).jd === 1;

/**
 * A date as the reader knows it, for messages. A year or a month alone ("1402", "1402/07") is shown
 * as written, in its own calendar; a full date is shown Jalali (yyyy/mm/dd) in Persian, ISO in English.
 */
export function showDate(day: number, precision: Precision, lang: Lang): string {
  let text: string;
  const jalali = precision === "day" ? lang === "fa" : onJalaliMonthBound(day);
  if (jalali) {
    const { jy, jm, jd } = toJalaliParts(day);
    text =
      precision === "year"
        ? `${jy}`
        : `${jy}/${pad(jm)}${precision === "day" ? `/${pad(jd)}` : ""}`;
  } else {
    const { gy, gm, gd } = toGregorianParts(day);
    text =
      precision === "year"
        ? `${gy}`
        : `${gy}-${pad(gm)}${precision === "day" ? `-${pad(gd)}` : ""}`;
  }
  return localizeDigits(text, lang === "fa" ? "persian" : "latin");
}
