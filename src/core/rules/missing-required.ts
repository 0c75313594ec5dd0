import { fieldLabel } from "../mapping/labels";
import type { Role } from "../mapping/roles";
import type { Origin } from "../model/plan";
import { unreadableCells } from "./unreadable-cells";
import type { Rule } from "./rule";

export const missingRequired: Rule = {
  meta: {
    id: "missing-required",
    entity: "any",
    defaultSeverity: "error",
    messages: {
      en: "The {field} is empty, and this row needs one.",
      fa: "«{field}» خالی است و این ردیف به آن نیاز دارد.",
    },
    description: {
      en: "Every row needs its code and title, and the link its level requires: an initiative its goal, a KPI its goal or initiative, a KPI actual its KPI (and, one per row, its period and value). Only mapped columns are checked.",
      fa: "هر ردیف به کد و عنوان خود و پیوندی که سطحش لازم دارد نیاز دارد: اقدام به هدف، شاخص به هدف یا اقدام، و مقدار واقعی شاخص به شاخص (و در چیدمان ردیفی، دوره و مقدار). فقط ستون‌های نگاشت‌شده بررسی می‌شوند.",
    },
  },
  check({ plan, lang, report }) {
    const missing = (entity: Role, origin: Origin, field: string, id: string | undefined) => {
      if (origin.columns[field] === undefined) return; // an unmapped column is the mapping's concern
      report({ entity, origin, field, id, params: { field: fieldLabel(entity, field, lang) } });
    };
    const coded = [plan.policies, plan.goals, plan.initiatives, plan.kpis] as const;
    for (const list of coded) {
      for (const e of list) {
        const id = e.code || undefined;
        if (!e.key) missing(e.role, e, "id", id);
        const title = e.role === "kpi" ? "name" : "title";
        if (!(e.role === "kpi" ? e.name : e.title)) missing(e.role, e, title, id);
      }
    }
    for (const i of plan.initiatives)
      if (!i.goal) missing("initiative", i, "goal", i.code || undefined);
    for (const k of plan.kpis) {
      if (k.goal || k.initiative) continue;
      const field = k.columns.goal !== undefined ? "goal" : "initiative";
      missing("kpi", k, field, k.code || undefined);
    }
    const unreadableValue = unreadableCells(
      plan,
      (issue) => issue.role === "kpi-actuals" && issue.field === "value"
    );
    for (const a of plan.actuals) {
      if (!a.kpi) missing("kpi-actuals", a, "kpi", undefined);
      if (a.period === undefined) missing("kpi-actuals", a, "period", a.kpi?.code);
      if (a.value === undefined && !unreadableValue(a, "value"))
        missing("kpi-actuals", a, "value", a.kpi?.code);
    }
  },
};
