import { FirstByKey } from "./first-by-key";
import { Groups } from "./groups";
import type { BudgetLine, Goal, Initiative, Kpi, KpiActual, Plan, Policy } from "../model/plan";

/** Goals by each policy they cite (a goal citing one policy twice is listed once). */
export function goalsByPolicy(goals: readonly Goal[]): Map<string, Goal[]> {
  const map = new Map<string, Goal[]>();
  for (const goal of goals) {
    for (const ref of goal.policies) {
      const list = map.get(ref.key);
      if (!list) map.set(ref.key, [goal]);
      else if (list[list.length - 1] !== goal) list.push(goal);
    }
  }
  return map;
}

/** Lookups every rule needs, built once per run: entities by canonical code, children by parent. */
export interface PlanIndex {
  policies: FirstByKey<Policy>;
  goals: FirstByKey<Goal>;
  initiatives: FirstByKey<Initiative>;
  kpis: FirstByKey<Kpi>;
  goalsByPolicy: Map<string, Goal[]>;
  goalsByParent: Groups<Goal>;
  initiativesByGoal: Groups<Initiative>;
  kpisByGoal: Groups<Kpi>;
  kpisByInitiative: Groups<Kpi>;
  kpisByParent: Groups<Kpi>;
  actualsByKpi: Groups<KpiActual>;
  budgetByInitiative: Groups<BudgetLine>;
}

/**
 * The parent plan's entities are found by code after the plan's own (a code the plan defines is
 * its own), so links to the parent resolve as links within the plan do.
 */
export function indexPlan(plan: Plan): PlanIndex {
  const parent = plan.register;
  const withParent = <T>(own: T[], theirs: T[] | undefined) =>
    theirs?.length ? own.concat(theirs) : own;
  return {
    policies: new FirstByKey(withParent(plan.policies, parent?.policies)),
    goals: new FirstByKey(withParent(plan.goals, parent?.goals)),
    initiatives: new FirstByKey(plan.initiatives),
    kpis: new FirstByKey(withParent(plan.kpis, parent?.kpis)),
    goalsByPolicy: goalsByPolicy(plan.goals),
    goalsByParent: new Groups(plan.goals, (g) => g.parent?.key),
    initiativesByGoal: new Groups(plan.initiatives, (i) => i.goal?.key),
    kpisByGoal: new Groups(plan.kpis, (k) => k.goal?.key),
    kpisByInitiative: new Groups(plan.kpis, (k) => k.initiative?.key),
    kpisByParent: new Groups(plan.kpis, (k) => k.parent?.key),
    actualsByKpi: new Groups(plan.actuals, (a) => a.kpi?.key),
    budgetByInitiative: new Groups(plan.budget, (b) => b.initiative?.key),
  };
}
