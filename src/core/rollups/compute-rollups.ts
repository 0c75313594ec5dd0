import type { RuleConfig } from "../config";
import type { Status } from "../normalize/enums";
import type { BudgetLine, Code, Goal, Initiative, Kpi, Plan } from "../model/plan";
import { GoalForest, goalsBeneathPolicies } from "../rules/goal-forest";
import type { Groups } from "../rules/groups";
import { indexPlan, type PlanIndex } from "../rules/plan-index";
import { resolveSettings } from "../rules/settings";
import { kpiProgress, latestActual, statusOf, type KpiStatus } from "./kpi-progress";

export interface Money {
  approved: number;
  spent: number;
}

export interface KpiRollup {
  code: string;
  name: string;
  goal?: string;
  initiative?: string;
  unit?: string;
  baseline?: number;
  target?: number;
  actual?: number;
  period?: string;
  progress?: number;
  status: KpiStatus;
}

export interface EntityRollup {
  code: string;
  title: string;
  /** 0–1 (progress beyond the target counts as 1 when rolled up). */
  progress?: number;
  status: KpiStatus;
  budget: Money;
}

export interface InitiativeRollup extends EntityRollup {
  goal?: string;
  district?: string;
  state?: Status;
}

export interface GoalRollup extends EntityRollup {
  initiatives: number;
  kpis: number;
}

export interface PolicyRollup extends EntityRollup {
  pillar?: string;
  /** Coverage: goals citing the policy, and their initiatives. */
  goals: number;
  initiatives: number;
}

export interface PillarRollup extends Omit<EntityRollup, "code" | "title"> {
  pillar: string;
  policies: number;
  goals: number;
  initiatives: number;
}

export interface Rollups {
  kpis: KpiRollup[];
  initiatives: InitiativeRollup[];
  goals: GoalRollup[];
  policies: PolicyRollup[];
  pillars: PillarRollup[];
  budget: {
    /** Cost lines; revenue lines are totalled apart. */
    total: Money;
    revenue: Money;
    byYear: ({ year: number } & Money)[];
    bySource: ({ source: string } & Money)[];
    byDistrict: ({ district: string } & Money)[];
  };
  counts: {
    initiativesByStatus: Record<Status | "unknown", number>;
    initiativesByDistrict: { district: string; count: number }[];
    kpisByStatus: Record<KpiStatus, number>;
  };
}

const money = (): Money => ({ approved: 0, spent: 0 });
const addLine = (m: Money, line: BudgetLine) => {
  m.approved += line.approved ?? 0;
  m.spent += line.spent ?? 0;
};

/** Weighted mean of the items that have progress; weights as given, or equal when none is given. */
function weightedProgress(items: readonly { progress?: number; weight?: number }[]) {
  const weighted = items.some((i) => i.weight !== undefined);
  let sum = 0;
  let weights = 0;
  let any = false;
  for (const item of items) {
    if (item.progress === undefined) continue;
    any = true;
    const w = weighted ? (item.weight ?? 0) : 1;
    sum += Math.min(1, item.progress) * w;
    weights += w;
  }
  return any && weights > 0 ? sum / weights : undefined;
}

/**
 * Per key of a KPI index group, the mean progress of its KPIs that have one (each capped at 1, as
 * weightedProgress counts KPIs, which carry no weight), from one pass over the KPIs: the roll-ups
 * are in plan order, so a KPI's position is its roll-up's.
 */
function meanProgressByKey(groups: Groups<Kpi>, kpis: readonly KpiRollup[]) {
  const sum = new Float64Array(groups.size);
  const count = new Int32Array(groups.size);
  kpis.forEach(({ progress }, position) => {
    const g = groups.groupAt(position);
    if (g < 0 || progress === undefined) return;
    sum[g] += Math.min(1, progress);
    count[g]++;
  });
  return (key: string): number | undefined => {
    const g = groups.groupOf(key);
    return g >= 0 && count[g] > 0 ? sum[g] / count[g] : undefined;
  };
}

/** Cost lines summed by every axis in one pass over the budget; revenue lines totalled apart. */
function budgetSums(
  lines: readonly BudgetLine[],
  districtOf: ReadonlyMap<string, string | undefined>
) {
  const sums = {
    total: money(),
    revenue: money(),
    byInitiative: new Map<string, Money>(),
    byYear: new Map<number, Money>(),
    bySource: new Map<string, Money>(),
    byDistrict: new Map<string, Money>(),
  };
  const add = <K>(map: Map<K, Money>, key: K | undefined, line: BudgetLine) => {
    if (key === undefined) return;
    let m = map.get(key);
    if (!m) map.set(key, (m = money()));
    addLine(m, line);
  };
  // The lines of one wide row share their initiative's code: its district is looked up once per row.
  let ref: Code | undefined;
  let district: string | undefined;
  for (const line of lines) {
    if (line.kind === "revenue") {
      addLine(sums.revenue, line);
      continue;
    }
    addLine(sums.total, line);
    const initiative = line.initiative?.key;
    if (line.initiative !== ref)
      district = initiative === undefined ? undefined : districtOf.get(initiative);
    ref = line.initiative;
    add(sums.byInitiative, initiative, line);
    add(sums.byYear, line.year, line);
    add(sums.bySource, line.source, line);
    add(sums.byDistrict, district, line);
  }
  return sums;
}

/** What lies beneath a goal or some policies. */
interface Holdings {
  budget: Money;
  initiatives: number;
  kpis: number;
}

/**
 * The budget, initiatives and KPIs beneath each goal (its sub-goals' included) and beneath policies
 * (the goals citing them or their sub-policies), counted as budget-over-ceiling counts: each
 * initiative code once, under the goal of its first row, over the goal forest.
 */
function holdingsBeneath(
  plan: Plan,
  index: PlanIndex,
  budgetOf: (initiative: string) => Money | undefined
) {
  const forest = new GoalForest(index);
  const n = forest.size.length;
  const own = { approved: new Float64Array(n), spent: new Float64Array(n) };
  const initiatives = new Float64Array(n);
  const kpis = new Float64Array(n);
  for (const [key, g] of forest.node) kpis[g] = index.kpisByGoal.positions(key).length;
  forest.forEachInitiative(plan, (initiative, g) => {
    initiatives[g]++;
    kpis[g] += index.kpisByInitiative.positions(initiative.key).length;
    const m = budgetOf(initiative.key);
    if (m) {
      own.approved[g] += m.approved;
      own.spent[g] += m.spent;
    }
  });
  const approved = forest.subtreeSums(own.approved);
  const spent = forest.subtreeSums(own.spent);
  const initiativesBeneath = forest.subtreeSums(initiatives);
  const kpisBeneath = forest.subtreeSums(kpis);
  const over = (nodes: readonly number[]): Holdings => {
    const sum = { budget: money(), initiatives: 0, kpis: 0 };
    for (const g of nodes) {
      sum.budget.approved += approved[g];
      sum.budget.spent += spent[g];
      sum.initiatives += initiativesBeneath[g];
      sum.kpis += kpisBeneath[g];
    }
    return sum;
  };
  const beneathPolicies = goalsBeneathPolicies(index, forest);
  return {
    goal: (key: string) => {
      const g = forest.node.get(key);
      return over(g === undefined ? [] : [g]);
    },
    policies: (keys: Iterable<string>) => over(beneathPolicies(keys)),
  };
}

/**
 * The plan's numbers for the report, the dashboard and the pane: KPI progress and status, weighted
 * roll-ups initiative → goal → policy → pillar, budgets approved vs spent by every axis, coverage
 * and counts.
 */
export function computeRollups(
  plan: Plan,
  config: RuleConfig = {},
  index: PlanIndex = indexPlan(plan)
): Rollups {
  const settings = resolveSettings(config);
  const districtOf = new Map(plan.initiatives.map((i) => [i.key, i.district]));
  const sums = budgetSums(plan.budget, districtOf);
  const byInitiative = sums.byInitiative;

  const kpis: KpiRollup[] = plan.kpis.map((k) => {
    const latest = latestActual(k, index.actualsByKpi.get(k.key));
    const progress = kpiProgress(k, latest?.value);
    return {
      code: k.code,
      name: k.name,
      goal: k.goal?.code,
      initiative: k.initiative?.code,
      unit: k.unit,
      baseline: k.baseline,
      target: k.target,
      actual: latest?.value,
      period: latest?.period,
      progress,
      status: statusOf(progress, k.thresholds ?? settings.thresholds),
    };
  });
  const progressOfInitiative = meanProgressByKey(index.kpisByInitiative, kpis);
  const progressOfOwnKpis = meanProgressByKey(index.kpisByGoal, kpis);
  const status = (progress: number | undefined) => statusOf(progress, settings.thresholds);

  const initiatives: InitiativeRollup[] = plan.initiatives.map((i: Initiative) => {
    const progress = progressOfInitiative(i.key);
    return {
      code: i.code,
      title: i.title,
      goal: i.goal?.code,
      district: i.district,
      state: i.status,
      progress,
      status: status(progress),
      budget: byInitiative.get(i.key) ?? money(),
    };
  });

  // Goals bottom-up: initiatives and child goals by weight, else the goal's own KPIs.
  const goalProgress = new Map<string, number | undefined>();
  const visiting = new Set<string>();
  const progressOfGoal = (g: Goal): number | undefined => {
    if (goalProgress.has(g.key)) return goalProgress.get(g.key);
    if (visiting.has(g.key)) return undefined; // a cycle: reference-cycle reports it
    visiting.add(g.key);
    const items = [
      ...index.initiativesByGoal.positions(g.key).map((i) => ({
        progress: initiatives[i].progress,
        weight: plan.initiatives[i].weight,
      })),
      ...(index.goalsByParent.get(g.key) ?? []).map((c) => ({
        progress: progressOfGoal(c),
        weight: c.weight,
      })),
    ];
    const progress = weightedProgress(items) ?? progressOfOwnKpis(g.key);
    goalProgress.set(g.key, progress);
    return progress;
  };
  const beneath = holdingsBeneath(plan, index, (key) => byInitiative.get(key));

  const goals: GoalRollup[] = plan.goals.map((g) => {
    const progress = progressOfGoal(g);
    const { budget, initiatives, kpis } = beneath.goal(g.key);
    return {
      code: g.code,
      title: g.title,
      progress,
      status: status(progress),
      budget,
      initiatives,
      kpis,
    };
  });

  const policyGoals = (key: string) => index.goalsByPolicy.get(key) ?? [];
  const policies: PolicyRollup[] = plan.policies.map((p) => {
    const citing = policyGoals(p.key);
    const { budget, initiatives } = beneath.policies([p.key]);
    const progress = weightedProgress(
      citing.map((g) => ({ progress: goalProgress.get(g.key), weight: g.weight }))
    );
    return {
      code: p.code,
      title: p.title,
      pillar: p.pillar,
      progress,
      status: status(progress),
      budget,
      goals: citing.length,
      initiatives,
    };
  });

  const pillarNames = [
    ...new Set(plan.policies.map((p) => p.pillar).filter((p): p is string => !!p)),
  ];
  const pillars: PillarRollup[] = pillarNames.map((pillar) => {
    const members = plan.policies.filter((p) => p.pillar === pillar);
    const goalSet = new Set(members.flatMap((p) => policyGoals(p.key)));
    const { budget, initiatives } = beneath.policies(members.map((p) => p.key));
    const progress = weightedProgress(policies.filter((p) => p.pillar === pillar));
    return {
      pillar,
      progress,
      status: status(progress),
      budget,
      policies: members.length,
      goals: goalSet.size,
      initiatives,
    };
  });

  const sorted = <K, T>(
    map: Map<K, Money>,
    make: (key: K, m: Money) => T,
    by: (a: K, b: K) => number
  ) => [...map].sort(([a], [b]) => by(a, b)).map(([k, m]) => make(k, m));
  const text = (a: string, b: string) => a.localeCompare(b);

  const initiativesByStatus = {
    "not-started": 0,
    "in-progress": 0,
    completed: 0,
    stopped: 0,
    delayed: 0,
    unknown: 0,
  };
  const districtCounts = new Map<string, number>();
  for (const i of plan.initiatives) {
    initiativesByStatus[i.status ?? "unknown"]++;
    if (i.district) districtCounts.set(i.district, (districtCounts.get(i.district) ?? 0) + 1);
  }
  const kpisByStatus = { "on-track": 0, "at-risk": 0, "off-track": 0, "no-data": 0 };
  for (const k of kpis) kpisByStatus[k.status]++;

  return {
    kpis,
    initiatives,
    goals,
    policies,
    pillars,
    budget: {
      total: sums.total,
      revenue: sums.revenue,
      byYear: sorted(
        sums.byYear,
        (year, m) => ({ year, ...m }),
        (a, b) => a - b
      ),
      bySource: sorted(sums.bySource, (source, m) => ({ source, ...m }), text),
      byDistrict: sorted(sums.byDistrict, (district, m) => ({ district, ...m }), text),
    },
    counts: {
      initiativesByStatus,
      initiativesByDistrict: [...districtCounts]
        .sort(([a], [b]) => text(a, b))
        .map(([district, count]) => ({ district, count })),
      kpisByStatus,
    },
  };
}
