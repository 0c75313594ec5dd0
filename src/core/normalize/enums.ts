import type { Lang } from "../i18n/lang";
import { canonicalCode } from "./text";

/** The compact form enumeration words are compared in: "In-Progress", "in progress", "درحال‌اجرا" alike. */
export function enumKey(text: string): string {
  return canonicalCode(text).replace(/[-_.]/g, "");
}

export type EnumTable<T extends string> = Readonly<Record<T, readonly string[]>>;

/**
 * word (compact form) → value, built once per table. Each value's first Persian word is spelled for
 * display (ZWNJ, hamza): messages list it; matching ignores those marks anyway.
 */
export function enumLookup<T extends string>(table: EnumTable<T>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of Object.entries(table) as [T, readonly string[]][]) {
    for (const word of [value, ...words]) map.set(enumKey(word), value);
  }
  return map;
}

export const DIRECTIONS = {
  increase: [
    "افزایشی",
    "افزایش",
    "صعودی",
    "مثبت",
    "بیشتر بهتر",
    "increasing",
    "higher is better",
    "higher",
    "up",
    "maximize",
    "↑",
    "+",
  ],
  decrease: [
    "کاهشی",
    "کاهش",
    "نزولی",
    "منفی",
    "کمتر بهتر",
    "decreasing",
    "lower is better",
    "lower",
    "down",
    "minimize",
    "↓",
  ],
  maintain: [
    "ثابت",
    "حفظ",
    "حفظ وضع موجود",
    "تثبیت",
    "نگهداشت",
    "stable",
    "keep",
    "steady",
    "=",
    "maintain level",
  ],
} as const satisfies EnumTable<string>;
export type Direction = keyof typeof DIRECTIONS;

export const STATUSES = {
  "not-started": [
    "شروع نشده",
    "آغاز نشده",
    "برنامه ریزی شده",
    "planned",
    "to do",
    "todo",
    "not yet started",
  ],
  "in-progress": [
    "در حال اجرا",
    "در جریان",
    "جاری",
    "در دست اجرا",
    "ongoing",
    "active",
    "started",
    "underway",
    "in progress",
  ],
  completed: [
    "تکمیل‌شده",
    "خاتمه یافته",
    "پایان یافته",
    "انجام شده",
    "اتمام",
    "تمام شده",
    "done",
    "finished",
    "complete",
    "closed",
  ],
  stopped: [
    "متوقف",
    "متوقف شده",
    "معلق",
    "تعلیق",
    "لغو",
    "لغو شده",
    "suspended",
    "on hold",
    "cancelled",
    "canceled",
    "paused",
  ],
  delayed: [
    "با تأخیر",
    "تاخیر",
    "تاخیری",
    "عقب افتاده",
    "late",
    "behind",
    "overdue",
    "behind schedule",
  ],
} as const satisfies EnumTable<string>;
export type Status = keyof typeof STATUSES;

export const FREQUENCIES = {
  monthly: ["ماهانه", "ماهیانه", "month", "every month"],
  quarterly: ["فصلی", "سه ماهه", "quarter", "every quarter"],
  "half-yearly": [
    "شش‌ماهه",
    "نیم سال",
    "نیمسالانه",
    "شش ماه یکبار",
    "semi-annual",
    "semiannual",
    "biannual",
    "six-monthly",
  ],
  yearly: ["سالانه", "سالیانه", "یکساله", "annual", "annually", "year", "every year"],
} as const satisfies EnumTable<string>;
export type Frequency = keyof typeof FREQUENCIES;

export const AGGREGATIONS = {
  sum: ["جمع", "مجموع", "total"],
  average: ["میانگین", "متوسط", "mean", "avg"],
  min: ["کمینه", "حداقل", "minimum"],
  max: ["بیشینه", "حداکثر", "maximum"],
} as const satisfies EnumTable<string>;
export type Aggregation = keyof typeof AGGREGATIONS;

export const LINE_KINDS = {
  cost: [
    "هزینه",
    "هزینه ای",
    "جاری",
    "تملک",
    "تملک دارایی",
    "expense",
    "expenditure",
    "capex",
    "opex",
  ],
  revenue: ["درآمد", "درآمدی", "income"],
} as const satisfies EnumTable<string>;
export type LineKind = keyof typeof LINE_KINDS;

const PERSIAN = /[\u0600-\u06ff]/;

/**
 * A value as a reader is offered it: its first Persian word in Persian (the tables spell that one for
 * display), its id in English ("in-progress"), which the engine reads like any synonym.
 */
export function enumWord<T extends string>(table: EnumTable<T>, value: T, lang: Lang): string {
  return lang === "fa" ? (table[value].find((w) => PERSIAN.test(w)) ?? value) : value;
}

/** Every value of a table as enumWord offers it, in the table's order. */
export function enumWords<T extends string>(table: EnumTable<T>, lang: Lang): string[] {
  return (Object.keys(table) as T[]).map((value) => enumWord(table, value, lang));
}
