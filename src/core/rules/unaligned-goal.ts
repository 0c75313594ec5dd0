import type { Goal } from "../model/plan";
import type { Rule } from "./rule";

const ON_WALK = 0;
const ALIGNED = 1;
const UNALIGNED = 2;

/**
 * Whether each goal cites a policy itself or through a goal above it. One walk up from each goal
 * not yet known, stopping at a goal that cites a policy or whose answer is known: every goal on the
 * walk shares that answer. A walk that meets itself has gone round a loop of goals none of which
 * cites a policy. Iterative and linear.
 */
function alignment(
  goals: readonly Goal[],
  byKey: Pick<ReadonlyMap<string, Goal>, "get">
): Map<Goal, number> {
  const state = new Map<Goal, number>();
  const path: Goal[] = [];
  for (const start of goals) {
    path.length = 0;
    let answer = UNALIGNED;
    let node: Goal | undefined = start;
    while (node !== undefined) {
      const known = state.get(node);
      if (known !== undefined) {
        if (known !== ON_WALK) answer = known; // else: a loop without a policy
        break;
      }
      if (node.policies.length > 0) {
        answer = ALIGNED;
        state.set(node, ALIGNED);
        break;
      }
      state.set(node, ON_WALK);
      path.push(node);
      node = node.parent && byKey.get(node.parent.key);
    }
    for (const g of path) state.set(g, answer);
  }
  return state;
}

export const unalignedGoal: Rule = {
  meta: {
    id: "unaligned-goal",
    entity: "goal",
    defaultSeverity: "warning",
    messages: {
      en: "This goal cites no policy, and no goal above it does either.",
      fa: "این هدف به هیچ سیاستی ارجاع نمی‌دهد و هیچ‌یک از هدف‌های بالادستش هم ارجاع نمی‌دهد.",
    },
    description: {
      en: "Every goal should serve a higher-level policy, such as a macro policy of the city's five-year plan. A goal inherits the policies of the goals above it, so a sub-goal needs no policy of its own when its parent has one.",
      fa: "هر هدف باید در خدمت یک سیاست بالادستی، مانند سیاست‌های کلان برنامهٔ پنج‌سالهٔ توسعهٔ شهر، باشد. هدف سیاست‌های هدف‌های بالادستش را به ارث می‌برد؛ پس زیرهدفی که هدف بالادستش سیاست دارد به سیاست جداگانه نیاز ندارد.",
    },
  },
  check({ plan, index, report }) {
    const judged = plan.goals.filter((g) => g.columns.policies !== undefined);
    if (judged.length === 0) return;
    const aligned = alignment(plan.goals, index.goals);
    for (const goal of judged) {
      if (aligned.get(goal) === ALIGNED) continue;
      report({
        origin: goal,
        field: "policies",
        id: goal.code || undefined,
      });
    }
  },
};
