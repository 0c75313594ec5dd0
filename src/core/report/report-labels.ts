import type { Severity } from "../config";
import { capitalised, type Lang } from "../i18n";
import { fieldLabel, type FIELD_LABELS } from "../mapping/labels";
import { enumWord as offeredWord, type EnumTable } from "../normalize/enums";
import type { KpiStatus } from "../rollups/kpi-progress";

type Label = Readonly<Record<Lang, string>>;

/**
 * The reports' own words (the CLI's report workbook and text, the add-in's report sheet); field
 * names and roles come from their catalogues.
 */
const LABELS = {
  findingsSheet: { fa: "یافته‌ها", en: "Findings" },
  rollupsSheet: { fa: "خلاصه", en: "Roll-ups" },
  budgetSheet: { fa: "بودجه", en: "Budget" },
  file: { fa: "کارپوشه", en: "Workbook" },
  errors: { fa: "خطا", en: "Errors" },
  warnings: { fa: "هشدار", en: "Warnings" },
  infos: { fa: "یادداشت", en: "Notes" },
  severity: { fa: "شدت", en: "Severity" },
  rule: { fa: "قاعده", en: "Rule" },
  message: { fa: "شرح", en: "Message" },
  sheet: { fa: "کاربرگ", en: "Sheet" },
  cell: { fa: "خانه", en: "Cell" },
  link: { fa: "پیوند", en: "Go to" },
  entity: { fa: "موضوع", en: "Entity" },
  related: { fa: "خانه‌های مرتبط", en: "Related cells" },
  none: { fa: "موردی نیست.", en: "None." },
  reportSheet: { fa: "گزارش راهبرد", en: "Rahbord report" },
  checkedAt: { fa: "زمان بررسی", en: "Checked at" },
  pillars: { fa: "محورها", en: "Pillars" },
  policies: { fa: "سیاست‌ها", en: "Policies" },
  goals: { fa: "اهداف", en: "Goals" },
  initiatives: { fa: "اقدامات", en: "Initiatives" },
  kpis: { fa: "شاخص‌ها", en: "KPIs" },
  progress: { fa: "پیشرفت", en: "Progress" },
  progressStatus: { fa: "وضعیت پیشرفت", en: "Progress status" },
  count: { fa: "تعداد", en: "Count" },
  lineKind: { fa: "نوع ردیف", en: "Line kind" },
  budgetTotals: { fa: "جمع بودجه", en: "Budget totals" },
  budgetByYear: { fa: "بودجه به تفکیک سال", en: "Budget by year" },
  budgetBySource: { fa: "بودجه به تفکیک منبع تأمین", en: "Budget by funding source" },
  budgetByDistrict: { fa: "بودجه به تفکیک منطقه", en: "Budget by district" },
  initiativesByStatus: { fa: "اقدامات به تفکیک وضعیت", en: "Initiatives by status" },
  initiativesByDistrict: { fa: "اقدامات به تفکیک منطقه", en: "Initiatives by district" },
  kpisByStatus: { fa: "شاخص‌ها به تفکیک وضعیت", en: "KPIs by status" },
  unknownState: { fa: "نامشخص", en: "Unknown" },
} as const satisfies Record<string, Label>;

export type ReportLabel = keyof typeof LABELS;

export const SEVERITY_LABELS: Readonly<Record<Severity, Label>> = {
  error: { fa: "خطا", en: "error" },
  warning: { fa: "هشدار", en: "warning" },
  info: { fa: "یادداشت", en: "note" },
};

export const KPI_STATUS_LABELS: Readonly<Record<KpiStatus, Label>> = {
  "on-track": { fa: "در مسیر", en: "On track" },
  "at-risk": { fa: "در معرض خطر", en: "At risk" },
  "off-track": { fa: "عقب از برنامه", en: "Off track" },
  "no-data": { fa: "بدون داده", en: "No data" },
};

export function reportLabel(key: ReportLabel, lang: Lang): string {
  return LABELS[key][lang];
}

/** The add-in's report sheet, in either language: never a plan sheet to detect or read. */
export const REPORT_SHEET_NAMES: readonly string[] = Object.values(LABELS.reportSheet);

/** A field's name as a column header ("approved" → "Approved"). */
export function fieldHeader<R extends keyof typeof FIELD_LABELS>(
  role: R,
  field: keyof (typeof FIELD_LABELS)[R],
  lang: Lang
): string {
  return capitalised(fieldLabel(role, field as string, lang));
}

/** An enumeration value as a word: Persian as the engine offers it, English in sentence case ("In progress"). */
export function enumWord<T extends string>(table: EnumTable<T>, value: T, lang: Lang): string {
  const word = offeredWord(table, value, lang);
  return lang === "fa" ? word : capitalised(word.replace(/-/g, " "));
}
