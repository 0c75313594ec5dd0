import type { Lang } from "../i18n";

type Label = Readonly<Record<Lang, string>>;

/** The dashboard's own words (field names and status words come from their catalogues). */
const WORDS = {
  sheet: { fa: "داشبورد راهبرد", en: "Rahbord dashboard" },
  heading: { fa: "داشبورد سند راهبردی", en: "Strategic plan dashboard" },
  builtAt: { fa: "زمان ساخت", en: "Built" },
  kpiByGoal: { fa: "تحقق شاخص‌ها به تفکیک هدف", en: "KPI achievement by goal" },
  budgetByGoal: {
    fa: "اعتبار مصوب و هزینه‌شده به تفکیک هدف",
    en: "Budget approved and spent by goal",
  },
  initiativesByStatus: { fa: "اقدامات به تفکیک وضعیت", en: "Initiatives by status" },
  coverage: { fa: "پوشش سیاست‌ها: اهداف و اقدامات", en: "Policy coverage: goals and initiatives" },
  budgetByYear: { fa: "بودجه به تفکیک سال", en: "Budget by year" },
  districtByGoal: { fa: "اقدامات مناطق به تفکیک هدف", en: "Initiatives by district and goal" },
  goal: { fa: "هدف", en: "Goal" },
  policy: { fa: "سیاست", en: "Policy" },
  pillar: { fa: "محور", en: "Pillar" },
  year: { fa: "سال", en: "Year" },
  district: { fa: "منطقه", en: "District" },
  status: { fa: "وضعیت", en: "Status" },
  count: { fa: "تعداد", en: "Count" },
  amount: { fa: "مبلغ", en: "Amount" },
  progress: { fa: "پیشرفت", en: "Progress" },
  goals: { fa: "اهداف", en: "Goals" },
  initiatives: { fa: "اقدامات", en: "Initiatives" },
  live: {
    fa: "ارقام با فرمول از برگه‌های سند خوانده می‌شوند و با هر ویرایش به‌روز می‌شوند، جز آن‌هایی که زیرنویس جدول نام می‌برد.",
    en: "Figures are formulas over the plan sheets and follow every edit, except those a table's caption names.",
  },
} as const satisfies Record<string, Label>;

export type DashboardWord = keyof typeof WORDS;

export const dashboardWord = (key: DashboardWord, lang: Lang) => WORDS[key][lang];

/** The dashboard sheet in either language: Rahbord's own, never a plan sheet. */
export const DASHBOARD_SHEET_NAMES: readonly string[] = Object.values(WORDS.sheet);

/** Says which figures are Rahbord's values of the build time, not live formulas. */
export function asOfCaption(lang: Lang, time: string, columns: readonly string[]): string {
  return lang === "fa"
    ? `ستون‌های «${columns.join("»، «")}»: محاسبهٔ راهبرد در ${time}؛ برای به‌روزرسانی داشبورد را دوباره بسازید.`
    : `${columns.join(", ")}: Rahbord's figures as of ${time}; build the dashboard again to refresh them.`;
}
