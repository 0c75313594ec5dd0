import type { Lang } from "../../src/core/i18n";
import { DIRECTIONS, FREQUENCIES, LINE_KINDS, STATUSES } from "../../src/core/normalize/enums";
import {
  cell,
  code,
  codes,
  DATE_FORMAT,
  dateSerial,
  dateText,
  districts,
  enumWord,
  quarterHeader,
  yearText,
} from "./cells";
import {
  ABOUT,
  ACTUAL_YEARS,
  PLAN_YEARS,
  SPENT_YEARS,
  type BudgetRow,
  type KpiRow,
  type Plan,
  type Text,
  type Written,
} from "./plan";

/**
 * How the plan is laid out in sheets, the way planning offices lay them out: title rows above the
 * headers, a row counter, Persian codes referred to in Latin digits in some sheets, real date
 * cells in one sheet and typed dates in another, yearly targets and quarterly actuals in wide
 * columns, and a wide budget (in Persian under merged «اعتبار مصوب» / «عملکرد» titles).
 */
export interface Column<T> {
  header: Text;
  /** A title merged over a run of columns in an upper header row (Persian budget years). */
  group?: Partial<Text>;
  width: number;
  /** Only in one language's workbook. */
  only?: Lang;
  format?: Text;
  /** Summed in the sheet's totals row. */
  total?: boolean;
  value(row: T, lang: Lang, index: number): Written;
}

export interface SheetLayout<T> {
  name: Text;
  titles: Text[];
  rows(plan: Plan): T[];
  columns: Column<T>[];
  /** The label of a totals row under the data, if the sheet has one. */
  totals?: Text;
}

const t = (fa: string, en: string): Text => ({ fa, en });

/** The row counter offices put first («ردیف», "#"): not a code. */
const counter = <T>(only?: Lang): Column<T> => ({
  header: t("ردیف", "#"),
  width: 6,
  only,
  value: (_row, _lang, i) => i + 1,
});

const PLAN_TITLE = t(
  "سند راهبردی معاونت خدمات شهری شهرداری تهران (۱۴۰۲ تا ۱۴۰۶)",
  "Urban Services Deputy, Tehran Municipality: strategic plan 1402–1406 (2023–2028)"
);
const AMOUNT = { fa: "#,##0", en: "#,##0" };

const about: SheetLayout<(typeof ABOUT)[number]> = {
  name: t("شناسنامهٔ سند", "About"),
  titles: [PLAN_TITLE],
  rows: () => [...ABOUT],
  columns: [
    { header: t("", ""), width: 22, value: ([label], lang) => label[lang] },
    { header: t("", ""), width: 70, value: ([, text], lang) => text[lang] },
  ],
};

const policies: SheetLayout<Plan["policies"][number]> = {
  name: t("سیاست‌های کلان", "Policies"),
  titles: [PLAN_TITLE, t("سیاست‌های کلان برنامهٔ پنج‌ساله", "Macro policies of the five-year plan")],
  rows: (plan) => plan.policies,
  columns: [
    counter("fa"),
    { header: t("کد سیاست", "Policy code"), width: 10, value: (p, l) => code(p.code, l) },
    { header: t("عنوان سیاست", "Policy"), width: 60, value: (p, l) => p.title[l] },
    { header: t("محور راهبردی", "Pillar"), width: 24, value: (p, l) => p.pillar[l] },
    { header: t("مبنای قانونی", "Legal basis"), width: 26, value: (p, l) => p.legalBasis[l] },
    {
      header: t("سقف اعتبار (میلیارد ریال)", "Budget ceiling (bn rials)"),
      width: 16,
      format: AMOUNT,
      value: (p) => p.ceiling ?? null,
    },
  ],
};

const goals: SheetLayout<Plan["goals"][number]> = {
  name: t("اهداف", "Goals"),
  titles: [PLAN_TITLE, t("اهداف راهبردی", "Strategic goals")],
  rows: (plan) => plan.goals,
  columns: [
    counter(),
    { header: t("کد هدف", "Goal code"), width: 10, value: (g, l) => code(g.code, l) },
    { header: t("عنوان هدف", "Goal"), width: 50, value: (g, l) => g.title[l] },
    {
      header: t("هدف بالادست", "Parent goal"),
      width: 12,
      value: (g, l) => (g.parent ? code(g.parent, l) : null),
    },
    {
      header: t("سیاست‌های کلان مرتبط", "Policies"),
      width: 16,
      value: (g, l) => codes(g.policies, l, "latin"),
    },
    { header: t("متولی", "Owner"), width: 30, value: (g, l) => g.owner[l] },
    // Real date cells: Excel stores the Gregorian serial, the format shows it Jalali in Persian.
    {
      header: t("تاریخ شروع", "Start"),
      width: 13,
      format: DATE_FORMAT,
      value: (g) => dateSerial(g.start),
    },
    {
      header: t("تاریخ پایان", "End"),
      width: 13,
      format: DATE_FORMAT,
      value: (g) => dateSerial(g.end),
    },
    { header: t("وزن (درصد)", "Weight (%)"), width: 10, value: (g) => g.weight ?? null },
  ],
};

const initiatives: SheetLayout<Plan["initiatives"][number]> = {
  name: t("اقدامات", "Initiatives"),
  titles: [PLAN_TITLE, t("اقدامات و پروژه‌ها", "Initiatives and projects")],
  rows: (plan) => plan.initiatives,
  columns: [
    counter("fa"),
    { header: t("کد اقدام", "Initiative code"), width: 10, value: (i, l) => code(i.code, l) },
    { header: t("عنوان اقدام", "Initiative"), width: 50, value: (i, l) => i.title?.[l] ?? null },
    { header: t("کد هدف", "Goal code"), width: 10, value: (i, l) => code(i.goal, l, "latin") },
    { header: t("منطقه", "District"), width: 18, value: (i, l) => districts(i.districts, l) },
    { header: t("مجری", "Responsible unit"), width: 30, value: (i, l) => i.owner[l] },
    {
      header: t("وضعیت", "Status"),
      width: 14,
      value: (i, l) => cell(i.status, l, (s) => enumWord(STATUSES, s, l)),
    },
    // Typed dates: Jalali text in Persian, ISO text in English.
    {
      header: t("تاریخ شروع", "Start date"),
      width: 13,
      value: (i, l) => cell(i.start, l, (d) => dateText(d, l)),
    },
    {
      header: t("تاریخ پایان", "End date"),
      width: 13,
      value: (i, l) => cell(i.end, l, (d) => dateText(d, l)),
    },
    { header: t("وزن", "Weight"), width: 8, value: (i) => i.weight },
  ],
};

const kpis: SheetLayout<KpiRow> = {
  name: t("شاخص‌ها", "KPIs"),
  titles: [PLAN_TITLE, t("شاخص‌های کلیدی عملکرد", "Key performance indicators")],
  rows: (plan) => plan.kpis,
  columns: [
    { header: t("کد شاخص", "KPI code"), width: 10, value: (k, l) => code(k.code, l) },
    { header: t("نام شاخص", "KPI"), width: 44, value: (k, l) => k.name[l] },
    {
      header: t("کد هدف", "Goal code"),
      width: 10,
      value: (k, l) => (k.goal ? code(k.goal, l) : null),
    },
    {
      header: t("کد اقدام", "Initiative code"),
      width: 10,
      value: (k, l) => (k.initiative ? code(k.initiative, l) : null),
    },
    {
      header: t("شاخص بالادست", "Parent KPI"),
      width: 12,
      value: (k, l) => (k.parent ? code(k.parent, l) : null),
    },
    { header: t("واحد سنجش", "Unit"), width: 14, value: (k, l) => k.unit?.[l] ?? null },
    {
      header: t("جهت مطلوب", "Direction"),
      width: 12,
      value: (k, l) => enumWord(DIRECTIONS, k.direction, l),
    },
    {
      header: t("وضع موجود (۱۴۰۱)", "Baseline (2022)"),
      width: 14,
      value: (k, l) => cell(k.baseline, l, (n) => n),
    },
    { header: t("مقدار هدف", "Target"), width: 12, value: (k) => k.target },
    ...([1403, 1404] as const).map((year): Column<KpiRow> => ({
      header: t(`هدف‌گذاری ${yearText(year, "fa")}`, `${yearText(year, "en")} target`),
      width: 13,
      value: (k) => k.yearTargets[year],
    })),
    {
      header: t("تناوب اندازه‌گیری", "Frequency"),
      width: 14,
      value: (k, l) => cell(k.frequency, l, (f) => enumWord(FREQUENCIES, f, l)),
    },
  ],
};

const quarters = ACTUAL_YEARS.flatMap((year) => [1, 2, 3, 4].map((quarter) => ({ year, quarter })));

const actuals: SheetLayout<KpiRow> = {
  name: t("پایش شاخص‌ها", "KPI actuals"),
  titles: [PLAN_TITLE, t("عملکرد فصلی شاخص‌ها", "Quarterly KPI actuals")],
  rows: (plan) => plan.kpis.filter((k) => k.actuals.some((v) => v !== null)),
  columns: [
    { header: t("کد شاخص", "KPI code"), width: 10, value: (k, l) => code(k.code, l, "latin") },
    { header: t("نام شاخص", "KPI"), width: 44, value: (k, l) => k.name[l] },
    ...quarters.map(({ year, quarter }, i): Column<KpiRow> => ({
      header: t(quarterHeader(year, quarter, "fa"), quarterHeader(year, quarter, "en")),
      width: 12,
      value: (k) => k.actuals[i] ?? null,
    })),
  ],
};

interface BudgetLine extends BudgetRow {
  title?: Text;
}

/** An amount column: «۱۴۰۲» under a merged «اعتبار مصوب» in Persian, "2023 approved" in English. */
const amount = (measure: "approved" | "spent", year: number): Column<BudgetLine> => ({
  header: t(yearText(year, "fa"), `${yearText(year, "en")} ${measure}`),
  group: { fa: measure === "approved" ? "اعتبار مصوب" : "عملکرد" },
  width: 11,
  format: AMOUNT,
  total: true,
  value: (b, l) =>
    measure === "approved" ? (b.approved[year] ?? null) : cell(b.spent[year], l, (n) => n),
});

const budget: SheetLayout<BudgetLine> = {
  name: t("اعتبارات", "Budget"),
  titles: [
    PLAN_TITLE,
    t(
      "اعتبارات اقدامات به تفکیک سال و منبع (میلیارد ریال)",
      "Budget by year and source (bn rials)"
    ),
  ],
  rows: (plan) =>
    plan.budget.map((b) => ({
      ...b,
      title: plan.initiatives.find((i) => i.code === b.initiative)?.title,
    })),
  columns: [
    {
      header: t("کد اقدام", "Initiative code"),
      width: 10,
      value: (b, l) => (b.initiative ? code(b.initiative, l, "latin") : null),
    },
    { header: t("عنوان اقدام", "Initiative"), width: 44, value: (b, l) => b.title?.[l] ?? null },
    { header: t("منبع تأمین اعتبار", "Funding source"), width: 20, value: (b, l) => b.source[l] },
    {
      header: t("نوع اعتبار", "Type"),
      width: 10,
      value: (b, l) => enumWord(LINE_KINDS, b.kind, l),
    },
    ...PLAN_YEARS.map((year) => amount("approved", year)),
    ...SPENT_YEARS.map((year) => amount("spent", year)),
  ],
  totals: t("جمع کل", "Total"),
};

/** The sheets of a sample, in workbook order; the cover sheet has no header row. */
export const SHEETS: SheetLayout<unknown>[] = [
  about,
  policies,
  goals,
  initiatives,
  kpis,
  actuals,
  budget,
];
