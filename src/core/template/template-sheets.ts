import type { Lang } from "../i18n";
import type { FieldType, Role } from "../mapping/roles";

interface SheetNames {
  /** Sheet names per language: detection reads them as a hint to the role. */
  sheet: Readonly<Record<Lang, string>>;
  /** Excel table names are ASCII in both languages, so formulas written for one work in the other. */
  table: string;
}

export const SHEET_NAMES: Readonly<Record<Role, SheetNames>> = {
  policy: { sheet: { fa: "سیاست‌ها", en: "Policies" }, table: "Policies" },
  goal: { sheet: { fa: "اهداف", en: "Goals" }, table: "Goals" },
  initiative: { sheet: { fa: "اقدامات", en: "Initiatives" }, table: "Initiatives" },
  kpi: { sheet: { fa: "شاخص‌ها", en: "KPIs" }, table: "KPIs" },
  "kpi-actuals": { sheet: { fa: "عملکرد شاخص‌ها", en: "KPI actual values" }, table: "KPIActuals" },
  budget: { sheet: { fa: "بودجه", en: "Budget" }, table: "Budget" },
};

export const INSTRUCTIONS_SHEET: Readonly<Record<Lang, string>> = {
  fa: "راهنما",
  en: "Instructions",
};

/** Column widths (in characters) by what the column holds; a header longer than that widens it. */
export const WIDTHS: Readonly<Record<FieldType, number>> = {
  code: 14,
  text: 24,
  ref: 16,
  refs: 22,
  date: 14,
  number: 14,
  enum: 18,
  thresholds: 14,
  year: 12,
  period: 16,
};
/** Titles and names are the long texts people read the sheet by. */
export const TITLE_WIDTH = 44;
/** The instructions sheet's one column, wide enough for a line to wrap once or twice. */
export const INSTRUCTIONS_WIDTH = 120;

/**
 * Columns stored as text: Excel would turn a code such as 1-2 or a date such as ۱۴۰۳/۰۱/۱۵ into a
 * Gregorian date, and a Jalali date must stay as written.
 */
export const TEXT_TYPES: ReadonlySet<FieldType> = new Set([
  "code",
  "ref",
  "refs",
  "date",
  "period",
  "thresholds",
]);

/** The rows validations and formats cover: below the header row, further than a plan's lines go. */
export const BODY_ROWS = { first: 2, last: 1000 } as const;
