import type { Rule } from "./rule";

export const initiativeWithoutKpis: Rule = {
  meta: {
    id: "initiative-without-kpis",
    entity: "initiative",
    defaultSeverity: "info",
    messages: {
      en: "No KPI measures initiative {code}.",
      fa: "هیچ شاخصی اقدام {code} را نمی‌سنجد.",
    },
    description: {
      en: "An initiative with a KPI of its own can be monitored on its own; without one, its progress shows only through its goal's KPIs. Judged only when the KPI sheet has an initiative column.",
      fa: "اقدامی که شاخص خودش را دارد جداگانه پایش می‌شود؛ بدون آن، پیشرفتش فقط از راه شاخص‌های هدفش دیده می‌شود. فقط وقتی بررسی می‌شود که برگهٔ شاخص‌ها ستون اقدام داشته باشد.",
    },
  },
  check({ plan, index, report }) {
    if (!plan.mapped.has("kpi")) return;
    if (!plan.kpis.some((k) => k.columns.initiative !== undefined)) return;
    for (const i of plan.initiatives) {
      if (!i.key || index.kpisByInitiative.has(i.key)) continue; // no code: missing-required's
      report({ origin: i, field: "id", id: i.code, params: { code: i.code } });
    }
  },
};
