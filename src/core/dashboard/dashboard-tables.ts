import type { Lang } from "../i18n";
import type { Plan } from "../model/plan";
import { STATUSES, type Status } from "../normalize/enums";
import { enumWord, fieldHeader, KPI_STATUS_LABELS, reportLabel } from "../report/report-labels";
import type { Rollups } from "../rollups/compute-rollups";
import type { KpiStatus } from "../rollups/kpi-progress";
import type { PlanIndex } from "../rules/plan-index";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import { dashboardWord } from "./dashboard-labels";
import { figure, label, type DashboardCell, type DashboardTable } from "./dashboard-table";
import { budgetFormulas } from "./budget-formula";
import { countIfs, formulaOf } from "./formula-parts";
import { goalForest, groupBy, largest, shownGoals } from "./goal-selection";
import { cellReader, rowSpan, spellings, type CellReader } from "./plan-cells";

/** The heat map keeps to as many goals and districts as its chart can show. */
const MAX_HEAT_GOALS = 20;
const MAX_DISTRICTS = 40;

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
  budgetFormula: ReturnType<typeof budgetFormulas>;
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
      sources.budgetFormula(measure, lines, (span) => [
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
      sources.budgetFormula(measure, lines, (span) =>
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
  const read = cellReader(snapshot);
  const sources: Sources = {
    plan,
    index,
    rollups,
    read,
    lang,
    budgetFormula: budgetFormulas({ plan, read }),
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
