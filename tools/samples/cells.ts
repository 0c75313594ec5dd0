import { toGregorian } from "jalaali-js";
import { localizeDigits, type Digits, type Lang } from "../../src/core/i18n";
import type { EnumTable } from "../../src/core/normalize/enums";
import type { Typed, Value, Written } from "./plan";

/** How each language writes the plan's values in cells. */

const PREFIX: Record<string, Readonly<Record<Lang, string>>> = {
  P: { fa: "س", en: "P" },
  G: { fa: "ه", en: "G" },
  I: { fa: "اق", en: "I" },
  K: { fa: "ش", en: "K" },
};

/**
 * A code as each language writes it: "G1.1" stays so in English and becomes «ه-۱-۱» in Persian,
 * with Latin digits («ه-1-1») where a sheet refers to codes the way they are often retyped.
 */
export function code(neutral: string, lang: Lang, digits: Digits = "persian"): string {
  if (lang === "en") return neutral;
  const prefix = PREFIX[neutral[0]].fa;
  return localizeDigits(`${prefix}-${neutral.slice(1).replace(/\./g, "-")}`, digits);
}

export const codes = (list: string[], lang: Lang, digits: Digits = "persian") =>
  list.map((c) => code(c, lang, digits)).join(lang === "fa" ? "، " : ", ") || null;

const isTyped = <T>(value: Value<T>): value is Typed =>
  typeof value === "object" && value !== null && "typed" in value;

/** The value as written: what a defect typed, else `write` of the plan's own value. */
export function cell<T>(value: Value<T> | undefined, lang: Lang, write: (v: T) => Written) {
  if (value === undefined) return null;
  return isTyped(value) ? value.typed[lang] : write(value);
}

function gregorian(jalali: string) {
  const [jy, jm, jd] = jalali.split("/").map(Number);
  return toGregorian(jy, jm, jd);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A date typed as text: «۱۴۰۲/۰۱/۱۵» in Persian, ISO "2023-04-04" in English. */
export function dateText(jalali: string, lang: Lang): string {
  if (lang === "fa") return localizeDigits(jalali, "persian");
  const { gy, gm, gd } = gregorian(jalali);
  return `${gy}-${pad(gm)}-${pad(gd)}`;
}

/** Excel's serial number of a date (days since 1899-12-30), as a real date cell stores it. */
export function dateSerial(jalali: string): number {
  const { gy, gm, gd } = gregorian(jalali);
  return Date.UTC(gy, gm - 1, gd) / 86_400_000 + 25_569;
}

/** How real date cells show: Jalali through the fa-IR locale in Persian, ISO in English. */
export const DATE_FORMAT = { fa: "[$-fa-IR,16]yyyy/mm/dd", en: "yyyy-mm-dd" } as const;

/** A Jalali fiscal year as each language counts it: 1402 stays 1402 in Persian, is 2023 in English. */
const fiscalYear = (year: number, lang: Lang) => (lang === "fa" ? year : year + 621);

export const yearText = (year: number, lang: Lang) =>
  localizeDigits(String(fiscalYear(year, lang)), lang === "fa" ? "persian" : "latin");

const PERSIAN = /[\u0600-\u06ff]/;

/** An enumeration's word: its first Persian word («در حال اجرا»), or its id in words ("In progress"). */
export function enumWord<T extends string>(table: EnumTable<T>, value: T, lang: Lang): string {
  if (lang === "fa") return table[value].find((w) => PERSIAN.test(w)) ?? value;
  const words = value.replace(/-/g, " ");
  return words[0].toUpperCase() + words.slice(1);
}

const ORDINALS = ["اول", "دوم", "سوم", "چهارم"];

/** A quarter's column header: «۱۴۰۲ - سه‌ماهه اول», "2023 Q1". */
export function quarterHeader(year: number, quarter: number, lang: Lang): string {
  return lang === "fa"
    ? `${yearText(year, lang)} - سه‌ماهه ${ORDINALS[quarter - 1]}`
    : `${fiscalYear(year, lang)} Q${quarter}`;
}

/** The districts an initiative works in; none listed means all 22. */
export function districts(list: number[], lang: Lang): string {
  const n = list.map((d) => localizeDigits(String(d), lang === "fa" ? "persian" : "latin"));
  if (lang === "fa") {
    if (n.length === 0) return "مناطق ۲۲‌گانه";
    return n.length === 1 ? `منطقهٔ ${n[0]}` : `مناطق ${n.join(" و ")}`;
  }
  if (n.length === 0) return "All 22 districts";
  return n.length === 1 ? `District ${n[0]}` : `Districts ${n.join(" and ")}`;
}
