import type { Lang } from "./lang";

export type Digits = "persian" | "latin";
export type Calendar = "jalali" | "gregorian";

/** How numbers and dates are shown; Persian users may still prefer Latin digits or Gregorian dates. */
export interface DisplayPrefs {
  lang: Lang;
  digits: Digits;
  calendar: Calendar;
}

export function defaultDisplayPrefs(lang: Lang): DisplayPrefs {
  return lang === "fa"
    ? { lang, digits: "persian", calendar: "jalali" }
    : { lang, digits: "latin", calendar: "gregorian" };
}
