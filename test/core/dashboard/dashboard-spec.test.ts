import { dashboardSpec } from "../../../src/core/dashboard/dashboard-spec";
import { detectMapping } from "../../../src/core/mapping/detect";
import { buildPlan } from "../../../src/core/model/build-plan";
import { computeRollups } from "../../../src/core/rollups/compute-rollups";
import { indexPlan } from "../../../src/core/rules/plan-index";
import { columnNumber } from "../../../src/core/snapshot/address";
import { generatePlan } from "../../../tools/generate-plan";

function specOf(rows: number) {
  const snapshot = generatePlan(rows);
  const plan = buildPlan(snapshot, detectMapping(snapshot).mapping);
  const index = indexPlan(plan);
  const rollups = computeRollups(plan, {}, index);
  const spec = dashboardSpec(snapshot, plan, index, rollups, "en", "now");
  return { plan, rollups, spec };
}

test("a large plan's goal tables show the 40 top-level goals with the largest budgets, and say so", () => {
  const { plan, rollups, spec } = specOf(20_000);
  expect(plan.goals.length).toBeGreaterThan(40);
  const byGoal = spec.tables.find((t) => t.id === "budgetByGoal")!;
  expect(byGoal.rows).toHaveLength(40);
  expect(byGoal.caption?.text).toMatch(
    new RegExp(
      `^40 of ${plan.goals.length.toLocaleString("en")} goals: the top-level ones with the largest approved budgets`
    )
  );
  const largest = rollups.goals
    .filter((_, i) => !plan.goals[i].parent)
    .map((g) => g.budget.approved)
    .sort((a, b) => b - a)
    .slice(0, 40);
  const shown = byGoal.rows.map((row) => row[1].value as number).sort((a, b) => b - a);
  expect(shown).toEqual(largest);
  const heat = spec.tables.find((t) => t.id === "districtByGoal")!;
  expect(heat.columns.length - 1).toBeLessThanOrEqual(20);
  expect(heat.rows.length).toBeLessThanOrEqual(40);
});

test("a plan under a higher-level plan: its goals beneath the parent's goals are its top level", () => {
  const snapshot = generatePlan(20_000);
  const plan = buildPlan(snapshot, detectMapping(snapshot).mapping);
  const parentGoal = { ...plan.goals[0], code: "P-G1", key: "p-g1", parent: undefined };
  plan.register = {
    source: { fileName: "p.xlsx", importedAt: "", hash: "" },
    policies: [],
    goals: [parentGoal],
    kpis: [],
  };
  for (const goal of plan.goals) goal.parent ??= { code: "P-G1", key: "p-g1" };
  const index = indexPlan(plan);
  const spec = dashboardSpec(snapshot, plan, index, computeRollups(plan, {}, index), "en", "now");
  expect(spec.tables.find((t) => t.id === "budgetByGoal")!.rows).toHaveLength(40);
});

test("tables and charts are laid out without overlapping: each block starts below the last", () => {
  const { spec } = specOf(500);
  expect(spec.charts.map((c) => c.table)).toEqual(spec.tables.map((t) => t.id));
  spec.tables.slice(1).forEach((table, i) => {
    const before = spec.tables[i];
    expect(table.titleRow).toBeGreaterThan(before.headerRow + before.rows.length);
  });
  // Charts sit to the right of the widest table.
  const widest = Math.max(...spec.tables.map((t) => t.columns.length));
  for (const chart of spec.charts)
    expect(columnNumber(chart.from.replace(/\d+/g, ""))).toBeGreaterThan(widest);
});
