import type { Lang } from "../i18n";
import type { FieldType } from "../mapping/roles";

/** The note Excel shows when a cell is selected (title at most 32 characters, text 255). */
export interface InputPrompt {
  title: string;
  text: string;
}

type PromptText = (lang: Lang, parentSheet: string) => InputPrompt;

/** Guidance for the columns whose accepted forms are not obvious from the header. */
const PROMPTS: Partial<Record<FieldType, PromptText>> = {
  date: (lang) =>
    lang === "fa"
      ? { title: "تاریخ شمسی", text: "تاریخ شمسی، مانند ۱۴۰۳/۰۱/۱۵" }
      : { title: "Jalali date", text: "A Jalali (Persian calendar) date, e.g. 1403/01/15" },
  refs: (lang, parentSheet) =>
    lang === "fa"
      ? {
          title: "یک یا چند کد",
          text: `کدهای برگهٔ «${parentSheet}»، جدا با ویرگول، مانند س-۱، س-۲`,
        }
      : {
          title: "One or more codes",
          text: `Codes from the ${parentSheet} sheet, separated by commas, e.g. P1, P2`,
        },
  period: (lang) =>
    lang === "fa"
      ? { title: "دوره", text: "سال، فصل یا ماه، مانند ۱۴۰۳ یا «فصل اول ۱۴۰۳» یا ۱۴۰۳/۰۴" }
      : { title: "Period", text: "A Jalali year, quarter or month, e.g. 1403, Q1 1403 or 1403/04" },
  thresholds: (lang) =>
    lang === "fa"
      ? { title: "آستانه‌ها", text: "دو درصد پیشرفت: «در مسیر» و «در خطر»، مانند ۹۰/۷۰" }
      : { title: "Thresholds", text: "Two progress percentages, on track and at risk, e.g. 90/70" },
};

export function columnPrompt(
  type: FieldType,
  lang: Lang,
  parentSheet = ""
): InputPrompt | undefined {
  return PROMPTS[type]?.(lang, parentSheet);
}
