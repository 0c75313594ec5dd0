import type { Goal, Kpi, Plan } from "../model/plan";
import type { PlanIndex } from "../rules/plan-index";

/**
 * The districts a plan's goals and KPIs name. Two or more make the plan a consolidation of
 * district plans, judged together against the parent plan; initiatives are left out because a
 * single plan names the district each initiative is carried out in.
 */
function planDistricts(plan: Plan): string[] {
  const names = new Set<string>();
  for (const g of plan.goals) if (g.district) names.add(g.district);
  for (const k of plan.kpis) if (k.district) names.add(k.district);
  return [...names];
}

export const isConsolidation = (plan: Plan) =>
  plan.consolidation === true || planDistricts(plan).length > 1;

/** The district a row belongs to: its own, else (for a KPI) its goal's; "" when none is named. */
function districtOf(row: { district?: string }, goal?: Goal): string {
  return row.district ?? goal?.district ?? "";
}

/**
 * For each parent-plan goal, how many of the plan's own rows serve it, by district: goals beneath
 * it, initiatives and KPIs under it, KPIs cascading from one of its KPIs. A parent goal counts the
 * rows of the parent goals beneath it too, so a parent goal served only through a sub-goal is
 * served. Empty without a register.
 */
export function parentGoalLinks(plan: Plan, index: PlanIndex): Map<Goal, Map<string, number>> {
  const links = new Map<Goal, Map<string, number>>();
  const theirs = new Set<Goal>(plan.register?.goals);
  if (theirs.size === 0) return links;
  const theirKpis = new Set<Kpi>(plan.register?.kpis);
  const add = (goal: Goal | undefined, district: string) => {
    // Up the parent's own goal tree; the seen set stops a loop of parent goals.
    const seen = new Set<Goal>();
    while (goal && theirs.has(goal) && !seen.has(goal)) {
      seen.add(goal);
      const byDistrict = links.get(goal) ?? new Map<string, number>();
      byDistrict.set(district, (byDistrict.get(district) ?? 0) + 1);
      links.set(goal, byDistrict);
      goal = goal.parent && index.goals.get(goal.parent.key);
    }
  };
  const goalOf = (key: string | undefined) => (key ? index.goals.get(key) : undefined);
  for (const g of plan.goals) add(goalOf(g.parent?.key), districtOf(g));
  for (const i of plan.initiatives) {
    const goal = goalOf(i.goal?.key);
    add(goal, districtOf(i, goal));
  }
  for (const k of plan.kpis) {
    const own = goalOf(k.goal?.key);
    const district = districtOf(k, own);
    add(own, district);
    const parentKpi = k.parent && index.kpis.get(k.parent.key);
    const served = parentKpi && theirKpis.has(parentKpi) ? goalOf(parentKpi.goal?.key) : undefined;
    if (served !== own) add(served, district);
  }
  return links;
}
