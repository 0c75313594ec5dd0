import type { Rule } from "./rule";

export const goalWithoutInitiatives: Rule = {
  meta: {
    id: "goal-without-initiatives",
    entity: "goal",
    defaultSeverity: "warning",
    messages: {
      en: "Goal {code} has no initiatives and no sub-goals: nothing in the plan works towards it.",
      fa: "هدف {code} نه اقدامی دارد و نه زیرهدفی؛ هیچ بخشی از سند برای رسیدن به آن کاری نمی‌کند.",
    },
    description: {
      en: "A goal is reached through initiatives. A goal at the bottom of the hierarchy, with no sub-goals, needs at least one initiative that names it; otherwise nothing in the plan works towards it.",
      fa: "هدف از راه اقدام‌ها محقق می‌شود. هدفی که در پایین‌ترین سطح سلسله‌مراتب است و زیرهدفی ندارد دست‌کم به یک اقدام نیاز دارد که به آن اشاره کند؛ وگرنه هیچ بخشی از سند برای رسیدن به آن کاری نمی‌کند.",
    },
  },
  check({ plan, index, report }) {
    if (!plan.mapped.has("initiative")) return;
    for (const goal of plan.goals) {
      if (!goal.key) continue; // nothing can link to a row without a code: missing-required's
      if (index.initiativesByGoal.has(goal.key)) continue;
      const children = index.goalsByParent.get(goal.key);
      // A goal whose only "child" is itself is still a leaf (reference-cycle reports the loop).
      if (children && (children.length > 1 || children[0] !== goal)) continue;
      report({ origin: goal, field: "id", id: goal.code, params: { code: goal.code } });
    }
  },
};
