import type { Rule } from "./rule";

export const uncoveredPolicy: Rule = {
  meta: {
    id: "uncovered-policy",
    entity: "policy",
    defaultSeverity: "warning",
    messages: {
      en: "No goal cites policy {code}, nor any policy under it.",
      fa: "هیچ هدفی به سیاست {code} یا سیاست‌های زیرمجموعهٔ آن ارجاع نمی‌دهد.",
    },
    description: {
      en: "A policy that no goal serves is a commitment the plan does not act on. A policy counts as covered when a goal cites it or any policy below it.",
      fa: "سیاستی که هیچ هدفی در خدمت آن نباشد تعهدی است که سند برایش کاری نمی‌کند. سیاستی پوشش‌داده‌شده به شمار می‌آید که هدفی به خود آن یا به یکی از سیاست‌های زیرمجموعه‌اش ارجاع دهد.",
    },
  },
  check({ plan, index, report }) {
    if (!plan.mapped.has("goal")) return;
    if (!plan.goals.some((g) => g.columns.policies !== undefined)) return;
    // Cited policies cover themselves and every policy above them. Each walk up stops at a policy
    // already covered (whose ancestors are, or will be, covered by its own walk): linear, loop-safe.
    const covered = new Set<string>();
    for (const p of plan.policies) if (index.goalsByPolicy.has(p.key)) covered.add(p.key);
    for (const start of plan.policies) {
      if (!index.goalsByPolicy.has(start.key)) continue;
      let parent = start.parent;
      while (parent !== undefined && !covered.has(parent.key)) {
        const above = index.policies.get(parent.key);
        if (above === undefined) break;
        covered.add(above.key);
        parent = above.parent;
      }
    }
    for (const p of plan.policies) {
      if (!p.key || covered.has(p.key)) continue; // a row without a code is missing-required's
      report({ origin: p, field: "id", id: p.code, params: { code: p.code } });
    }
  },
};
