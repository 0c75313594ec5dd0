import type { Goal, Policy } from "../model/plan";
import { GoalForest, goalsBeneathPolicies } from "./goal-forest";
import { goalsByPolicy } from "./plan-index";
import type { Rule } from "./rule";

export const budgetOverCeiling: Rule = {
  meta: {
    id: "budget-over-ceiling",
    entity: "any",
    defaultSeverity: "error",
    messages: {
      en: "The approved cost of the initiatives beneath it is {total}, above its budget ceiling {ceiling}.",
      fa: "جمع اعتبار مصوب هزینه‌ای اقدام‌های زیرمجموعهٔ آن {total} است و از سقف اعتبار ({ceiling}) بالاتر است.",
    },
    description: {
      en: "A budget ceiling caps what a goal or policy, of this plan or of the higher-level plan imported into the workbook, may commit. The approved cost lines of the initiatives beneath it (for a goal, those of its sub-goals too; for a policy, those of every goal citing it or one of its sub-policies) must stay within it. Revenue lines do not count.",
      fa: "سقف اعتبار حد تعهد مالی یک هدف یا سیاست (از همین سند یا از برنامهٔ بالادستِ واردشده به کارپوشه) است. جمع اعتبار مصوب ردیف‌های هزینه‌ای اقدام‌های زیرمجموعه (برای هدف، همراه با اقدام‌های زیرهدف‌ها؛ برای سیاست، اقدام‌های همهٔ هدف‌هایی که به آن یا سیاست‌های زیرمجموعه‌اش استناد می‌کنند) نباید از آن بیشتر شود. ردیف‌های درآمدی به حساب نمی‌آیند.",
    },
  },
  check({ plan, index, settings, report }) {
    // The higher-level plan's ceilings bind the plan's own initiatives beneath its goals and policies.
    const goals = plan.register ? plan.goals.concat(plan.register.goals) : plan.goals;
    const policies = plan.register ? plan.policies.concat(plan.register.policies) : plan.policies;
    const ceilinged = (list: readonly (Goal | Policy)[]) =>
      list.some((e) => e.budgetCeiling !== undefined);
    if (!ceilinged(goals) && !ceilinged(policies)) return;
    const over = (total: number, ceiling: number) => total > ceiling * (1 + settings.tolerance);

    const approvedOf = new Map<string, number>();
    for (const line of plan.budget) {
      if (line.kind !== "cost" || line.approved === undefined || !line.initiative) continue;
      const key = line.initiative.key;
      approvedOf.set(key, (approvedOf.get(key) ?? 0) + line.approved);
    }
    const forest = new GoalForest(index);
    const own = new Float64Array(forest.size.length);
    forest.forEachInitiative(plan, (i, g) => (own[g] += approvedOf.get(i.key) ?? 0));
    const total = forest.subtreeSums(own);

    for (const goal of goals) {
      if (goal.budgetCeiling === undefined) continue;
      const g = forest.node.get(goal.key);
      const sum = g === undefined ? 0 : total[g];
      if (!over(sum, goal.budgetCeiling)) continue;
      report({
        entity: "goal",
        origin: goal,
        field: "budgetCeiling",
        id: goal.code || undefined,
        params: { total: sum, ceiling: goal.budgetCeiling },
      });
    }

    if (!ceilinged(policies)) return;
    const citing = plan.register ? goalsByPolicy(goals) : index.goalsByPolicy;
    const beneath = goalsBeneathPolicies(index, forest, citing);
    for (const policy of policies) {
      if (policy.budgetCeiling === undefined) continue;
      const sum = beneath([policy.key]).reduce((s, g) => s + total[g], 0);
      if (!over(sum, policy.budgetCeiling)) continue;
      report({
        entity: "policy",
        origin: policy,
        field: "budgetCeiling",
        id: policy.code || undefined,
        params: { total: sum, ceiling: policy.budgetCeiling },
      });
    }
  },
};
