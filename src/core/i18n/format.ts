import { toJalaali } from "jalaali-js";
import type { Digits, DisplayPrefs } from "./display-prefs";

const PERSIAN_ZERO = 0x06f0;

export function localizeDigits(text: string, digits: Digits): string {
  if (digits === "latin") return text;
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(PERSIAN_ZERO + Number(d)));
}

function numberLocale(prefs: DisplayPrefs): string {
  const base = prefs.lang === "fa" ? "fa-IR" : "en-US";
  return `${base}-u-nu-${prefs.digits === "persian" ? "arabext" : "latn"}`;
}

/** Building an Intl.NumberFormat costs far more than using one: they are made once per locale and options. */
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(
  value: number,
  prefs: DisplayPrefs,
  options?: Intl.NumberFormatOptions
): string {
  const locale = numberLocale(prefs);
  const key = options ? `${locale}|${JSON.stringify(options)}` : locale;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat(locale, options)));
  return formatter.format(value);
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A local date as planning offices write it: Jalali "1405/09/05" or ISO "2026-11-26",
 * optionally followed by the time "19:36". Jalali conversion is jalaali-js's, as everywhere.
 */
export function formatDate(date: Date, prefs: DisplayPrefs, withTime = false): string {
  const y = date.getFullYear();
  const m = date.getMonth() + 1;
  const d = date.getDate();
  let text: string;
  if (prefs.calendar === "jalali") {
    const j = toJalaali(y, m, d);
    text = `${j.jy}/${pad(j.jm)}/${pad(j.jd)}`;
  } else {
    text = `${y}-${pad(m)}-${pad(d)}`;
  }
  if (withTime) text += ` ${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return localizeDigits(text, prefs.digits);
}

/** Sentence case for a label used as a header: "approved" → "Approved" (Persian has no case). */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
