import { capitalised, type Lang } from "../i18n";
import { fieldLabel } from "../mapping/labels";
import type { FieldId, Role } from "../mapping/roles";

type Label = Readonly<Record<Lang, string>>;

/**
 * Headers that must name their entity as well as their field: detection reads «کد هدف» as the
 * goal's own code in the goals sheet and as the link to a goal elsewhere, where «کد» alone would be
 * unsure. Every other column is headed by its field label.
 */
const HEADERS: { readonly [R in Role]?: Partial<Record<FieldId<R>, Label>> } = {
  policy: {
    id: { fa: "کد سیاست", en: "Policy code" },
    title: { fa: "عنوان سیاست", en: "Policy title" },
    parent: { fa: "کد سیاست بالادست", en: "Parent policy code" },
  },
  goal: {
    id: { fa: "کد هدف", en: "Goal code" },
    title: { fa: "عنوان هدف", en: "Goal title" },
    policies: { fa: "کد سیاست‌ها", en: "Policy codes" },
    parent: { fa: "کد هدف بالادست", en: "Parent goal code" },
    start: { fa: "تاریخ شروع", en: "Start date" },
    end: { fa: "تاریخ پایان", en: "End date" },
  },
  initiative: {
    id: { fa: "کد اقدام", en: "Initiative code" },
    title: { fa: "عنوان اقدام", en: "Initiative title" },
    goal: { fa: "کد هدف", en: "Goal code" },
    start: { fa: "تاریخ شروع", en: "Start date" },
    end: { fa: "تاریخ پایان", en: "End date" },
  },
  kpi: {
    id: { fa: "کد شاخص", en: "KPI code" },
    name: { fa: "نام شاخص", en: "KPI name" },
    goal: { fa: "کد هدف", en: "Goal code" },
    initiative: { fa: "کد اقدام", en: "Initiative code" },
    parent: { fa: "کد شاخص بالادست", en: "Parent KPI code" },
  },
  "kpi-actuals": {
    kpi: { fa: "کد شاخص", en: "KPI code" },
    value: { fa: "مقدار واقعی", en: "Actual value" },
  },
  budget: {
    initiative: { fa: "کد اقدام", en: "Initiative code" },
    year: { fa: "سال مالی", en: "Fiscal year" },
    approved: { fa: "اعتبار مصوب", en: "Approved" },
  },
};

/** The template's header for a field: words detection maps back to that very field. */
export function templateHeader(role: Role, field: string, lang: Lang): string {
  const own = (HEADERS[role] as Partial<Record<string, Label>> | undefined)?.[field];
  return own?.[lang] ?? capitalised(fieldLabel(role, field, lang));
}
