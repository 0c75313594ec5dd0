import { fieldLabel, ROLE_LABELS } from "../mapping/labels";
import type { Role } from "../mapping/roles";
import type { Code, Origin } from "../model/plan";
import type { Rule } from "./rule";

export const unknownReference: Rule = {
  meta: {
    id: "unknown-reference",
    entity: "any",
    defaultSeverity: "error",
    messages: {
      en: "{field} {ref} matches no {target} code in this plan.",
      fa: "{field} «{ref}» در میان کدهای {target} این سند نیست.",
    },
    description: {
      en: "A link must name a code that exists: a goal's policies and parent goal, an initiative's goal, a KPI's goal, initiative and parent KPI, an actual's KPI, a budget line's initiative. A mistyped code silently cuts the plan's chain.",
      fa: "هر پیوند باید به کدی موجود اشاره کند: سیاست‌ها و هدف بالادست یک هدف، هدف یک اقدام، هدف و اقدام و شاخص بالادست یک شاخص، شاخص یک مقدار واقعی و اقدام یک ردیف بودجه. کدی که اشتباه نوشته شود زنجیرهٔ سند را بی‌صدا می‌بُرد.",
    },
  },
  check({ plan, index, lang, report }) {
    const known: Record<"policy" | "goal" | "initiative" | "kpi", Map<string, unknown>> = {
      policy: index.policies,
      goal: index.goals,
      initiative: index.initiatives,
      kpi: index.kpis,
    };
    const check = (
      entity: Role,
      origin: Origin,
      field: string,
      ref: Code | undefined,
      target: keyof typeof known,
      id: string | undefined
    ) => {
      if (!ref || !plan.mapped.has(target) || known[target].has(ref.key)) return;
      report({
        entity,
        origin,
        field,
        id,
        params: {
          field: fieldLabel(entity, field, lang),
          ref: ref.code,
          target: ROLE_LABELS[target][lang],
        },
      });
    };
    for (const p of plan.policies) check("policy", p, "parent", p.parent, "policy", p.code);
    for (const g of plan.goals) {
      for (const ref of g.policies) check("goal", g, "policies", ref, "policy", g.code);
      check("goal", g, "parent", g.parent, "goal", g.code);
    }
    for (const i of plan.initiatives) check("initiative", i, "goal", i.goal, "goal", i.code);
    for (const k of plan.kpis) {
      check("kpi", k, "goal", k.goal, "goal", k.code);
      check("kpi", k, "initiative", k.initiative, "initiative", k.code);
      check("kpi", k, "parent", k.parent, "kpi", k.code);
    }
    for (const a of plan.actuals) check("kpi-actuals", a, "kpi", a.kpi, "kpi", a.kpi?.code);
    for (const b of plan.budget)
      check("budget", b, "initiative", b.initiative, "initiative", b.initiative?.code);
  },
};
