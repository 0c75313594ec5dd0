import { defaultDisplayPrefs, formatNumber, type Lang } from "../i18n";
import type { BudgetLine, Plan } from "../model/plan";
import { STATUSES, type Status } from "../normalize/enums";
import { enumWord, fieldHeader, KPI_STATUS_LABELS, reportLabel } from "../report/report-labels";
import type { Rollups } from "../rollups/compute-rollups";
import type { KpiStatus } from "../rollups/kpi-progress";
import { GoalForest } from "../rules/goal-forest";
import type { PlanIndex } from "../rules/plan-index";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import { dashboardWord } from "./dashboard-labels";
import { figure, label, type DashboardCell, type DashboardTable } from "./dashboard-table";
import { countIfs, formulaOf, sumIfs, type Condition } from "./formula-parts";
import { cellReader, rowSpan, spellings, type CellReader } from "./plan-cells";

interface Sources {
  plan: Plan;
  index: PlanIndex;
  rollups: Rollups;
  read: CellReader;
  lang: Lang;
  /** Positions (in plan order) of the goals the goal tables show, and what the choice was. */
  goals: number[];
  goalNote?: string;
  forest: ReturnType<typeof goalForest>;
}

/** A chart stays readable with this many bars or columns; beyond it the tables show a choice. */
const MAX_GOALS = 40;
const MAX_HEAT_GOALS = 20;
const MAX_DISTRICTS = 40;

/** Positions of the largest `n` by `size`, back in plan order. */
const largest = (positions: number[], size: (p: number) => number, n: number) =>
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
function shownGoals(plan: Plan, rollups: Rollups, lang: Lang) {
  const all = plan.goals.map((_, i) => i);
  if (all.length <= MAX_GOALS) return { goals: all };
  const roots = all.filter((i) => !plan.goals[i].parent);
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

const named = (code: string, title: string) => (title ? `${code} ${title}` : code);

/** The three statuses a goal's bar can take, each its own column so a chart colours them apart. */
const BAR_STATUSES: readonly KpiStatus[] = ["on-track", "at-risk", "off-track"];

function kpiByGoal({ rollups, lang, goals, goalNote }: Sources): DashboardTable {
  return {
    id: "kpiByGoal",
    title: dashboardWord("kpiByGoal", lang),
    note: goalNote,
    columns: [
      { header: dashboardWord("goal", lang), kind: "label" },
      ...BAR_STATUSES.map((s) => ({
        header: KPI_STATUS_LABELS[s][lang],
        kind: "percent" as const,
      })),
    ],
    rows: goals.map((i) => {
      const g = rollups.goals[i];
      return [
        label(named(g.code, g.title)),
        ...BAR_STATUSES.map((s) =>
          figure(g.status === s ? Math.min(1, g.progress ?? 0) : undefined)
        ),
      ];
    }),
  };
}

/**
 * Budget sums as formulas over the budget sheet: each amount column (one, or one per year and
 * source in a wide budget) summed where the line's initiative is one of `initiatives`, revenue
 * lines left out by their kind's words. None when a line's amount is text the engine parsed (SUMIFS
 * would skip it) or the budget has no such lines.
 */
function budgetFormula(
  { plan, read }: Sources,
  measure: "approved" | "spent",
  lines: readonly BudgetLine[],
  extra: (span: NonNullable<ReturnType<typeof rowSpan>>) => Condition[]
): string | undefined {
  const span = rowSpan(plan.budget);
  if (!span || !lines.length) return undefined;
  const columns = [...new Set(lines.flatMap((l) => l.columns[measure] ?? []))];
  const amountsReadable = lines.every((l) => {
    const c = l.columns[measure];
    const raw = c === undefined ? null : read(l.sheet, l.row, c);
    return raw === null || typeof raw === "number";
  });
  if (!columns.length || !amountsReadable) return undefined;
  const kind = plan.budget.find((l) => l.columns.kind !== undefined)?.columns.kind;
  const revenue = plan.budget.filter((l) => l.kind === "revenue");
  const not: Condition[] =
    kind === undefined ? [] : [{ range: span.range(kind), not: spellings(read, revenue, "kind") }];
  return formulaOf(columns.map((c) => sumIfs(span.range(c), [...extra(span), ...not])));
}

/** Map.groupBy, which Node 20's library lacks. */
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
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
function goalForest(plan: Plan, index: PlanIndex) {
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

function budgetByGoal(sources: Sources): DashboardTable {
  const { plan, rollups, read, lang, goals, goalNote, forest } = sources;
  const linesOf = groupBy(
    plan.budget.filter((l) => l.kind !== "revenue"),
    (l) => l.initiative?.key
  );
  const cell = (goalKey: string, measure: "approved" | "spent", value: number) => {
    const lines = forest.initiatives(goalKey).flatMap((key) => linesOf.get(key) ?? []);
    const codes = spellings(read, lines, "initiative");
    return figure(
      value,
      budgetFormula(sources, measure, lines, (span) => [
        { range: span.range(lines[0].columns.initiative), values: codes },
      ])
    );
  };
  return {
    id: "budgetByGoal",
    title: dashboardWord("budgetByGoal", lang),
    note: goalNote,
    columns: [
      { header: dashboardWord("goal", lang), kind: "label" },
      { header: fieldHeader("budget", "approved", lang), kind: "money" },
      { header: fieldHeader("budget", "spent", lang), kind: "money" },
    ],
    // The roll-ups list the goals in plan order.
    rows: goals.map((i) => {
      const g = rollups.goals[i];
      const key = plan.goals[i].key;
      return [
        label(named(g.code, g.title)),
        cell(key, "approved", g.budget.approved),
        cell(key, "spent", g.budget.spent),
      ];
    }),
  };
}

function initiativesByStatus({ plan, rollups, read, lang }: Sources): DashboardTable {
  const span = rowSpan(plan.initiatives);
  const statusColumn = plan.initiatives.find((i) => i.columns.status !== undefined)?.columns.status;
  const counts = rollups.counts.initiativesByStatus;
  const rows: DashboardCell[][] = [];
  for (const status of [...(Object.keys(STATUSES) as Status[]), "unknown" as const]) {
    const count = counts[status];
    if (!count) continue;
    const name =
      status === "unknown" ? reportLabel("unknownState", lang) : enumWord(STATUSES, status, lang);
    const words =
      status === "unknown"
        ? []
        : spellings(
            read,
            plan.initiatives.filter((i) => i.status === status),
            "status"
          );
    const formula =
      span && statusColumn !== undefined && words.length
        ? formulaOf([countIfs([{ range: span.range(statusColumn), values: words }])])
        : undefined;
    rows.push([label(name), figure(count, formula)]);
  }
  return {
    id: "initiativesByStatus",
    title: dashboardWord("initiativesByStatus", lang),
    columns: [
      { header: dashboardWord("status", lang), kind: "label" },
      { header: dashboardWord("count", lang), kind: "count" },
    ],
    rows,
  };
}

/** Up to this many policies the chart names each; beyond it, their pillars. */
const MAX_POLICY_ROWS = 25;

function coverage({ rollups, lang }: Sources): DashboardTable {
  const byPillar = rollups.policies.length > MAX_POLICY_ROWS && rollups.pillars.length > 0;
  const rows = byPillar
    ? rollups.pillars.map((p) => [label(p.pillar), figure(p.goals), figure(p.initiatives)])
    : rollups.policies.map((p) => [
        label(named(p.code, p.title)),
        figure(p.goals),
        figure(p.initiatives),
      ]);
  return {
    id: "coverage",
    title: dashboardWord("coverage", lang),
    columns: [
      { header: dashboardWord(byPillar ? "pillar" : "policy", lang), kind: "label" },
      { header: dashboardWord("goals", lang), kind: "count" },
      { header: dashboardWord("initiatives", lang), kind: "count" },
    ],
    rows,
  };
}

function budgetByYear(sources: Sources): DashboardTable {
  const { plan, rollups, read, lang } = sources;
  const row = (year: number, measure: "approved" | "spent", value: number) => {
    const lines = plan.budget.filter((l) => l.year === year && l.kind !== "revenue");
    // A long budget names the year in a column; a wide one in its amount columns' headers.
    const yearColumn = lines[0]?.columns.year;
    const wide = yearColumn === undefined;
    return figure(
      value,
      budgetFormula(sources, measure, lines, (span) =>
        wide ? [] : [{ range: span.range(yearColumn), values: spellings(read, lines, "year") }]
      )
    );
  };
  return {
    id: "budgetByYear",
    title: dashboardWord("budgetByYear", lang),
    columns: [
      { header: dashboardWord("year", lang), kind: "label" },
      { header: fieldHeader("budget", "approved", lang), kind: "money" },
      { header: fieldHeader("budget", "spent", lang), kind: "money" },
    ],
    rows: rollups.budget.byYear.map((y) => [
      label(String(y.year)),
      row(y.year, "approved", y.approved),
      row(y.year, "spent", y.spent),
    ]),
  };
}

/**
 * How many initiative rows of each district serve each goal (its sub-goals included): live counts
 * over the initiatives sheet, for the goals with the most such rows.
 */
function districtByGoal({ plan, read, lang, goals, forest }: Sources): DashboardTable {
  const span = rowSpan(plan.initiatives);
  const placed = plan.initiatives.filter((i) => i.district && i.goal);
  const ofDistrict = groupBy(placed, (i) => i.district as string);
  const names = [...ofDistrict.keys()].sort((a, b) => a.localeCompare(b, lang));
  const districts = largest(
    names.map((_, i) => i),
    (i) => ofDistrict.get(names[i])?.length ?? 0,
    MAX_DISTRICTS
  ).map((i) => names[i]);
  const columns = goals
    .map((i) => {
      const beneath = forest.goals(plan.goals[i].key);
      return { goal: plan.goals[i], rows: placed.filter((r) => beneath.has(r.goal?.key ?? "")) };
    })
    .filter((c) => c.rows.length > 0);
  const shown = largest(
    columns.map((_, i) => i),
    (i) => columns[i].rows.length,
    MAX_HEAT_GOALS
  ).map((i) => columns[i]);
  const goalColumn = placed[0]?.columns.goal;
  const districtColumn = placed[0]?.columns.district;
  const cell = (district: string, column: (typeof shown)[number]) => {
    const count = column.rows.filter((i) => i.district === district).length;
    const formula =
      span && goalColumn !== undefined && districtColumn !== undefined
        ? formulaOf([
            countIfs([
              { range: span.range(goalColumn), values: spellings(read, column.rows, "goal") },
              {
                range: span.range(districtColumn),
                values: spellings(read, ofDistrict.get(district) ?? [], "district"),
              },
            ]),
          ])
        : undefined;
    return figure(count, formula);
  };
  return {
    id: "districtByGoal",
    title: dashboardWord("districtByGoal", lang),
    columns: [
      { header: dashboardWord("district", lang), kind: "label" },
      ...shown.map((c) => ({ header: c.goal.code, kind: "count" as const })),
    ],
    rows: districts.map((d) => [label(d), ...shown.map((c) => cell(d, c))]),
  };
}

/** The dashboard's six summary tables, in the order they are laid out. */
export function dashboardTables(
  snapshot: WorkbookSnapshot,
  plan: Plan,
  index: PlanIndex,
  rollups: Rollups,
  lang: Lang
): DashboardTable[] {
  const sources: Sources = {
    plan,
    index,
    rollups,
    read: cellReader(snapshot),
    lang,
    forest: goalForest(plan, index),
    ...shownGoals(plan, rollups, lang),
  };
  return [
    kpiByGoal(sources),
    budgetByGoal(sources),
    initiativesByStatus(sources),
    coverage(sources),
    budgetByYear(sources),
    districtByGoal(sources),
  ];
}
