import { fieldLabel, ROLE_LABELS } from "../mapping/labels";
import type { Role } from "../mapping/roles";
import type { Code, Origin } from "../model/plan";
import type { Groups } from "./groups";
import type { Rule } from "./rule";

type Target = "policy" | "goal" | "initiative" | "kpi";

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
    const known: Record<Target, Pick<ReadonlyMap<string, unknown>, "has">> = {
      policy: index.policies,
      goal: index.goals,
      initiative: index.initiatives,
      kpi: index.kpis,
    };
    const reportRef = (
      entity: Role,
      origin: Origin,
      field: string,
      ref: Code,
      target: Target,
      id?: string
    ) =>
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
    // The index groups the rows by each code they refer to: each distinct code is looked up once.
    const check = <T extends Origin>(
      groups: Pick<Groups<T>, "keys" | "get">,
      target: Target,
      each: (item: T, key: string) => void
    ) => {
      if (!plan.mapped.has(target)) return;
      for (const key of groups.keys())
        if (!known[target].has(key)) for (const item of groups.get(key) ?? []) each(item, key);
    };
    for (const p of plan.policies)
      if (p.parent && plan.mapped.has("policy") && !index.policies.has(p.parent.key))
        reportRef("policy", p, "parent", p.parent, "policy", p.code);
    check(index.goalsByPolicy, "policy", (g, key) => {
      for (const ref of g.policies)
        if (ref.key === key) reportRef("goal", g, "policies", ref, "policy", g.code);
    });
    check(index.goalsByParent, "goal", (g) =>
      reportRef("goal", g, "parent", g.parent!, "goal", g.code)
    );
    check(index.initiativesByGoal, "goal", (i) =>
      reportRef("initiative", i, "goal", i.goal!, "goal", i.code)
    );
    check(index.kpisByGoal, "goal", (k) => reportRef("kpi", k, "goal", k.goal!, "goal", k.code));
    check(index.kpisByInitiative, "initiative", (k) =>
      reportRef("kpi", k, "initiative", k.initiative!, "initiative", k.code)
    );
    check(index.kpisByParent, "kpi", (k) =>
      reportRef("kpi", k, "parent", k.parent!, "kpi", k.code)
    );
    check(index.actualsByKpi, "kpi", (a) =>
      reportRef("kpi-actuals", a, "kpi", a.kpi!, "kpi", a.kpi!.code)
    );
    check(index.budgetByInitiative, "initiative", (b) =>
      reportRef("budget", b, "initiative", b.initiative!, "initiative", b.initiative!.code)
    );
  },
};
