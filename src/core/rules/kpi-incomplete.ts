import type { Lang } from "../i18n";
import { fieldLabel } from "../mapping/labels";
import type { Kpi } from "../model/plan";
import type { Rule } from "./rule";

const FIELDS = ["unit", "direction", "baseline", "target"] as const;
const SEPARATOR: Readonly<Record<Lang, string>> = { en: ", ", fa: "، " };

/** A KPI row's field, as one number: KPIs all come from the one sheet mapped to them. */
const cellKey = (row: number, field: number) => row * FIELDS.length + field;

/** Whether the KPI has the field; per-year targets count as a target. */
function has(k: Kpi, field: (typeof FIELDS)[number]): boolean {
  if (field === "target") return k.target !== undefined || k.yearTargets.length > 0;
  return k[field] !== undefined;
}

export const kpiIncomplete: Rule = {
  meta: {
    id: "kpi-incomplete",
    entity: "kpi",
    defaultSeverity: "warning",
    messages: {
      en: "This KPI is missing its {fields}.",
      fa: "این شاخص این موارد را ندارد: {fields}.",
    },
    description: {
      en: "A KPI can only be measured with a unit, a direction, a baseline and a target: without them there is no progress to compute and no way to tell good from bad. A value that is present but unreadable is not missing; not-a-number or invalid-enum reports it.",
      fa: "شاخص تنها با واحد سنجش، جهت مطلوب، مقدار پایه و مقدار هدف سنجیدنی است: بی آن‌ها نه پیشرفتی محاسبه می‌شود و نه خوب از بد جدا می‌شود. مقداری که نوشته شده اما خوانده نمی‌شود، کمبود به شمار نمی‌آید؛ قاعدهٔ not-a-number یا invalid-enum آن را گزارش می‌کند.",
    },
  },
  check({ plan, lang, report }) {
    // Cells present but unreadable are another rule's finding, not a missing value.
    const unreadable = new Set<number>();
    for (const issue of plan.issues) {
      const field = issue.role === "kpi" ? (FIELDS as readonly string[]).indexOf(issue.field) : -1;
      if (field >= 0) unreadable.add(cellKey(issue.origin.row, field));
    }

    for (const k of plan.kpis) {
      let missing: (typeof FIELDS)[number][] | undefined;
      for (let i = 0; i < FIELDS.length; i++) {
        const field = FIELDS[i];
        if (!has(k, field) && !unreadable.has(cellKey(k.row, i))) (missing ??= []).push(field);
      }
      if (!missing) continue;
      // Point at the first missing field the user can fill in; without any, at the KPI's code.
      const field = missing.find((f) => k.columns[f] !== undefined) ?? "id";
      report({
        origin: k,
        field,
        id: k.code || undefined,
        params: { fields: missing.map((f) => fieldLabel("kpi", f, lang)).join(SEPARATOR[lang]) },
      });
    }
  },
};
