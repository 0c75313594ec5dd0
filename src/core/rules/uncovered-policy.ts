import type { Goal } from "../model/plan";
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
      en: "A policy that no goal serves is a commitment the plan does not act on. A policy counts as covered when a goal cites it or any policy below it. The policies of the higher-level plan imported into the workbook are judged too: the plan must answer to each of them, by a goal citing it or a goal beneath a higher-level goal that cites it.",
      fa: "سیاستی که هیچ هدفی در خدمت آن نباشد تعهدی است که سند برایش کاری نمی‌کند. سیاستی پوشش‌داده‌شده به شمار می‌آید که هدفی به خود آن یا به یکی از سیاست‌های زیرمجموعه‌اش ارجاع دهد. سیاست‌های برنامهٔ بالادستِ واردشده به کارپوشه هم بررسی می‌شوند: سند باید به هر یک پاسخ دهد، با هدفی که به آن ارجاع دهد یا هدفی زیر هدفی از برنامهٔ بالادست که به آن ارجاع می‌دهد.",
    },
  },
  check({ plan, index, report }) {
    if (!plan.mapped.has("goal")) return;
    const theirs = plan.register;
    const linked = plan.goals.some(
      (g) => g.columns.policies !== undefined || (theirs && g.columns.parent !== undefined)
    );
    if (!linked) return;
    const covered = new Set<string>();
    for (const key of index.goalsByPolicy.keys()) covered.add(key);
    // A goal beneath a goal of the higher-level plan serves that goal's policies.
    if (theirs) {
      const parentGoals = new Set(theirs.goals);
      const walked = new Set<Goal>();
      for (const start of plan.goals) {
        let goal = start.parent && index.goals.get(start.parent.key);
        while (goal && !walked.has(goal)) {
          walked.add(goal);
          if (parentGoals.has(goal)) for (const ref of goal.policies) covered.add(ref.key);
          goal = goal.parent && index.goals.get(goal.parent.key);
        }
      }
    }
    // Cited policies cover every policy above them. Each walk up stops at a policy already
    // covered (whose ancestors are, or will be, covered by its own walk): linear, loop-safe.
    const policies = theirs ? plan.policies.concat(theirs.policies) : plan.policies;
    for (const start of policies) {
      if (!covered.has(start.key)) continue;
      let parent = start.parent;
      while (parent !== undefined) {
        const above = index.policies.get(parent.key);
        if (above === undefined || covered.has(above.key)) break;
        covered.add(above.key);
        parent = above.parent;
      }
    }
    for (const p of policies) {
      if (!p.key || covered.has(p.key)) continue; // a row without a code is missing-required's
      report({ origin: p, field: "id", id: p.code, params: { code: p.code } });
    }
  },
};
