import { defaultDisplayPrefs, formatNumber, type Lang } from "../i18n";
import type { Plan } from "../model/plan";
import type { Rollups } from "../rollups/compute-rollups";
import { GoalForest } from "../rules/goal-forest";
import type { PlanIndex } from "../rules/plan-index";

/** A chart stays readable with this many bars or columns; beyond it the tables show a choice. */
const MAX_GOALS = 40;

/** Positions of the largest `n` by `size`, back in plan order. */
export const largest = (positions: number[], size: (p: number) => number, n: number) =>
  positions.length <= n
    ? positions
    : [...positions]
        .sort((a, b) => size(b) - size(a) || a - b)
        .slice(0, n)
        .sort((a, b) => a - b);

/**
 * The goals a goal table shows: all of them when few; else the top-level ones (their figures hold
 * their sub-goals'), and of those the largest approved budgets when still too many.
 */
export function shownGoals(plan: Plan, rollups: Rollups, lang: Lang) {
  const all = plan.goals.map((_, i) => i);
  if (all.length <= MAX_GOALS) return { goals: all };
  // Top-level within the plan: a goal under the higher-level plan's (or an unknown) goal is one.
  const own = new Set(plan.goals.map((g) => g.key));
  const roots = all.filter((i) => !own.has(plan.goals[i].parent?.key ?? ""));
  const goals = largest(roots, (i) => rollups.goals[i].budget.approved, MAX_GOALS);
  const prefs = defaultDisplayPrefs(lang);
  const n = formatNumber(goals.length, prefs);
  const of = formatNumber(all.length, prefs);
  const goalNote =
    lang === "fa"
      ? `${n} هدف از ${of}: اهداف سطح اول${goals.length < roots.length ? " با بیشترین اعتبار مصوب" : ""}، هر یک با زیرهدف‌هایش.`
      : `${n} of ${of} goals: the top-level ones${goals.length < roots.length ? " with the largest approved budgets" : ""}, each with its sub-goals.`;
  return { goals, goalNote };
}

/** Map.groupBy, which Node 20's library lacks. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The goals and initiative codes beneath each goal (its own included), as the roll-ups count them. */
export function goalForest(plan: Plan, index: PlanIndex) {
  const forest = new GoalForest(index);
  const own = new Map<number, string[]>();
  forest.forEachInitiative(plan, (initiative, g) => {
    const keys = own.get(g);
    if (keys) keys.push(initiative.key);
    else own.set(g, [initiative.key]);
  });
  const keyOf = new Map([...forest.node].map(([key, g]) => [g, key]));
  const nodesBeneath = (goalKey: string): number[] => {
    const g = forest.node.get(goalKey);
    if (g === undefined) return [];
    const from = forest.first[g];
    const to = from + forest.size[g];
    return [...keyOf.keys()].filter((n) => forest.first[n] >= from && forest.first[n] < to);
  };
  return {
    initiatives: (goalKey: string) => nodesBeneath(goalKey).flatMap((n) => own.get(n) ?? []),
    goals: (goalKey: string) => new Set(nodesBeneath(goalKey).map((n) => keyOf.get(n) as string)),
  };
}
