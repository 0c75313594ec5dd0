import { createContext, useContext } from "react";
import { defaultDisplayPrefs, fillPlaceholders, formatNumber, type Lang } from "../core/i18n";

/**
 * The playground's own words (its toolbar and the workbook's frame), in the pane's language. They
 * are no words of the add-in, so they live here rather than in the pane's catalogues.
 */
const en = {
  title: "Rahbord playground",
  note: "Rahbord's real pane beside a simulated workbook. Files stay in this browser.",
  sample: "Sample",
  "sample.plan-fa": "Persian plan",
  "sample.plan-fa-with-defects": "Persian plan, with defects",
  "sample.plan-en": "English plan",
  "sample.plan-en-with-defects": "English plan, with defects",
  open: "Open .xlsx…",
  download: "Download .xlsx",
  opening: "Opening {name}…",
  openFailed:
    "Could not open “{name}”: it is not an .xlsx workbook ({reason}). The workbook shown is unchanged.",
  saveFailed: "Could not save the workbook: {reason}",
  sheets: "Sheets",
  noSheets: "This workbook has no sheets.",
  "sheet.Hidden": "hidden",
  "sheet.VeryHidden": "very hidden",
  grid: "Cells of the sheet “{sheet}”",
  "chart.notDrawn": "{type} charts are not drawn in the playground",
} as const;

export type PlaygroundWord = keyof typeof en;

const fa: Record<PlaygroundWord, string> = {
  title: "محیط آزمایشی راهبرد",
  note: "پنل واقعی راهبرد کنار یک کارپوشهٔ شبیه‌سازی‌شده. فایل‌ها از این مرورگر بیرون نمی‌روند.",
  sample: "نمونه",
  "sample.plan-fa": "سند فارسی",
  "sample.plan-fa-with-defects": "سند فارسی، با ایراد",
  "sample.plan-en": "سند انگلیسی",
  "sample.plan-en-with-defects": "سند انگلیسی، با ایراد",
  open: "باز کردن فایل اکسل…",
  download: "دریافت فایل اکسل",
  opening: "در حال باز کردن «{name}»…",
  openFailed:
    "«{name}» باز نشد: کارپوشهٔ \u200e.xlsx نیست ({reason}). کارپوشهٔ نمایش‌داده‌شده تغییری نکرد.",
  saveFailed: "کارپوشه ذخیره نشد: {reason}",
  sheets: "برگه‌ها",
  noSheets: "این کارپوشه برگه‌ای ندارد.",
  "sheet.Hidden": "پنهان",
  "sheet.VeryHidden": "کاملاً پنهان",
  grid: "خانه‌های برگهٔ «{sheet}»",
  "chart.notDrawn": "نمودار {type} در محیط آزمایشی کشیده نمی‌شود",
};

export interface PlaygroundWords {
  lang: Lang;
  word(key: PlaygroundWord, params?: Readonly<Record<string, string | number>>): string;
}

export function playgroundWords(lang: Lang): PlaygroundWords {
  const words = lang === "fa" ? fa : en;
  const number = (n: number) => formatNumber(n, defaultDisplayPrefs(lang));
  return { lang, word: (key, params) => fillPlaceholders(words[key], params, number) };
}

export const WordsContext = createContext(playgroundWords("en"));
export const usePlaygroundWords = () => useContext(WordsContext);
