import { ROLE_LABELS } from "../mapping/labels";
import type { Code, Origin } from "../model/plan";
import type { Rule } from "./rule";

export const shadowedParentCode: Rule = {
  meta: {
    id: "shadowed-parent-code",
    entity: "any",
    defaultSeverity: "warning",
    messages: {
      en: "Code {code} is also a {role} of the higher-level plan: links to {code} in this plan reach this row, never the higher-level plan's.",
      fa: "کد {code} کد یک {role} در برنامهٔ بالادست هم هست: پیوندهای این سند به {code} به همین ردیف می‌رسند، نه به ردیف برنامهٔ بالادست.",
    },
    description: {
      en: "A code the plan defines is its own, so when a policy, goal or KPI of the plan reuses a code of the higher-level plan imported into the workbook, the higher-level one cannot be linked to: a goal G1 whose parent is the higher-level G1 points at itself. Give the plan's row a code of its own (a district's G1 might be D5-G1).",
      fa: "کدی که سند تعریف می‌کند از آنِ خود سند است؛ پس وقتی سیاست، هدف یا شاخصی از سند کدی از برنامهٔ بالادستِ واردشده به کارپوشه را دوباره به کار می‌برد، دیگر نمی‌توان به آن ردیفِ بالادست پیوند داد: هدف G1 که بالادستش G1 برنامهٔ بالادست است به خودش اشاره می‌کند. به ردیف سند کدی از آنِ خودش بدهید (مثلاً G1 منطقهٔ ۵ را D5-G1 بنامید).",
    },
  },
  check({ plan, lang, report }) {
    const theirs = plan.register;
    if (!theirs) return;
    const judge = (
      role: "policy" | "goal" | "kpi",
      own: readonly (Code & Origin)[],
      parent: readonly (Code & Origin)[]
    ) => {
      const first = new Map(parent.map((p) => [p.key, p]));
      for (const row of own) {
        const shadowed = row.key ? first.get(row.key) : undefined;
        if (!shadowed) continue;
        report({
          entity: role,
          origin: row,
          field: "id",
          id: row.code,
          params: { code: row.code, role: ROLE_LABELS[role][lang] },
          related: [{ origin: shadowed, field: "id" }],
        });
      }
    };
    judge("policy", plan.policies, theirs.policies);
    judge("goal", plan.goals, theirs.goals);
    judge("kpi", plan.kpis, theirs.kpis);
  },
};
