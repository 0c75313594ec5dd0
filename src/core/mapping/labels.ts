import type { Lang } from "../i18n";
import type { FieldId, Role } from "./roles";

type Label = Readonly<Record<Lang, string>>;

export const ROLE_LABELS: Readonly<Record<Role, Label>> = {
  policy: { en: "policy", fa: "سیاست" },
  goal: { en: "goal", fa: "هدف" },
  initiative: { en: "initiative", fa: "اقدام" },
  kpi: { en: "KPI", fa: "شاخص" },
  "kpi-actuals": { en: "KPI actual", fa: "مقدار واقعی شاخص" },
  budget: { en: "budget line", fa: "ردیف بودجه" },
};

/** Field names as messages and the mapping wizard show them. */
export const FIELD_LABELS: { readonly [R in Role]: Readonly<Record<FieldId<R>, Label>> } = {
  policy: {
    id: { en: "code", fa: "کد" },
    title: { en: "title", fa: "عنوان" },
    pillar: { en: "pillar", fa: "محور" },
    parent: { en: "parent policy", fa: "سیاست بالادست" },
    level: { en: "level", fa: "سطح" },
    legalBasis: { en: "legal basis", fa: "مبنای قانونی" },
    budgetCeiling: { en: "budget ceiling", fa: "سقف اعتبار" },
  },
  goal: {
    id: { en: "code", fa: "کد" },
    title: { en: "title", fa: "عنوان" },
    policies: { en: "policies", fa: "سیاست‌ها" },
    parent: { en: "parent goal", fa: "هدف بالادست" },
    owner: { en: "owner", fa: "مسئول" },
    start: { en: "start", fa: "شروع" },
    end: { en: "end", fa: "پایان" },
    weight: { en: "weight", fa: "وزن" },
    budgetCeiling: { en: "budget ceiling", fa: "سقف اعتبار" },
    district: { en: "district", fa: "منطقه" },
  },
  initiative: {
    id: { en: "code", fa: "کد" },
    title: { en: "title", fa: "عنوان" },
    goal: { en: "goal", fa: "هدف" },
    owner: { en: "owner", fa: "مسئول" },
    district: { en: "district", fa: "منطقه" },
    start: { en: "start", fa: "شروع" },
    end: { en: "end", fa: "پایان" },
    status: { en: "status", fa: "وضعیت" },
    weight: { en: "weight", fa: "وزن" },
  },
  kpi: {
    id: { en: "code", fa: "کد" },
    name: { en: "name", fa: "نام" },
    goal: { en: "goal", fa: "هدف" },
    initiative: { en: "initiative", fa: "اقدام" },
    unit: { en: "unit", fa: "واحد سنجش" },
    direction: { en: "direction", fa: "جهت مطلوب" },
    baseline: { en: "baseline", fa: "مقدار پایه" },
    target: { en: "target", fa: "مقدار هدف" },
    actual: { en: "actual", fa: "مقدار واقعی" },
    frequency: { en: "frequency", fa: "تناوب اندازه‌گیری" },
    thresholds: { en: "thresholds", fa: "آستانه‌ها" },
    parent: { en: "parent KPI", fa: "شاخص بالادست" },
    aggregation: { en: "aggregation", fa: "روش تجمیع" },
    district: { en: "district", fa: "منطقه" },
  },
  "kpi-actuals": {
    kpi: { en: "KPI", fa: "شاخص" },
    period: { en: "period", fa: "دوره" },
    value: { en: "value", fa: "مقدار" },
  },
  budget: {
    initiative: { en: "initiative", fa: "اقدام" },
    year: { en: "year", fa: "سال" },
    source: { en: "funding source", fa: "منبع تأمین" },
    kind: { en: "kind", fa: "نوع" },
    approved: { en: "approved", fa: "مصوب" },
    spent: { en: "spent", fa: "هزینه‌شده" },
  },
};

export function fieldLabel(role: Role, field: string, lang: Lang): string {
  const labels = FIELD_LABELS[role] as Record<string, Label>;
  return labels[field]?.[lang] ?? field;
}
