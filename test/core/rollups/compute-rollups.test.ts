import { buildPlan } from "../../../src/core/model/build-plan";
import { computeRollups } from "../../../src/core/rollups/compute-rollups";
import { workbookOf, type Tables } from "../rules/rule-tester";

const tables: Tables = {
  policy: [
    ["id", "title", "pillar"],
    ["P1", "More services", "Services"],
    ["P2", "Better quality", "Services"],
    ["P3", "Sustainable revenue", "Revenue"],
  ],
  goal: [
    ["id", "title", "policies", "weight", "parent"],
    ["G1", "Coverage", "P1", 60, null],
    ["G2", "Quality", "P1, P2", 40, null],
    ["G3", "Sub-goal of G2", null, null, "G2"],
  ],
  initiative: [
    ["id", "title", "goal", "district", "status", "weight"],
    ["I1", "a", "G1", "District 1", "In progress", 75],
    ["I2", "b", "G1", "District 2", "completed", 25],
    ["I3", "c", "G3", "District 1", "not started", null],
  ],
  kpi: [
    ["id", "name", "initiative", "goal", "direction", "baseline", "target", "actual"],
    ["K1", "k1", "I1", null, "increase", 0, 100, 100],
    ["K2", "k2", "I2", null, "increase", 0, 100, 20],
    ["K3", "k3", "I3", null, "decrease", 10, 0, 5],
    ["K4", "k4", null, "G1", "increase", 0, 10, null],
  ],
  budget: [
    ["initiative", "year", "source", "kind", "approved", "spent"],
    ["I1", 1402, "Own revenue", null, 100, 80],
    ["I1", 1403, "Grant", null, 50, 10],
    ["I2", 1402, "Own revenue", "cost", 30, 30],
    ["I3", 1403, "Grant", null, 20, 0],
    [null, 1403, "Grant", null, 5, 5],
    ["I1", 1403, "Fees", "revenue", 500, 200],
  ],
};

const { snapshot, mapping } = workbookOf(tables);
const rollups = computeRollups(buildPlan(snapshot, mapping));

test("KPI progress and status", () => {
  expect(rollups.kpis.map((k) => [k.code, k.progress, k.status])).toEqual([
    ["K1", 1, "on-track"],
    ["K2", 0.2, "off-track"],
    ["K3", 0.5, "off-track"],
    ["K4", undefined, "no-data"],
  ]);
});

test("weighted roll-up initiative → goal → policy → pillar", () => {
  const goal = Object.fromEntries(rollups.goals.map((g) => [g.code, g.progress]));
  expect(goal.G1).toBeCloseTo(0.75 * 1 + 0.25 * 0.2); // initiative weights 75/25
  expect(goal.G3).toBeCloseTo(0.5);
  expect(goal.G2).toBeCloseTo(0.5); // through its sub-goal
  const policy = Object.fromEntries(rollups.policies.map((p) => [p.code, p.progress]));
  expect(policy.P1).toBeCloseTo(0.6 * 0.8 + 0.4 * 0.5); // goal weights 60/40
  expect(policy.P2).toBeCloseTo(0.5);
  expect(policy.P3).toBeUndefined();
  const pillar = Object.fromEntries(rollups.pillars.map((p) => [p.pillar, p.progress]));
  expect(pillar.Services).toBeCloseTo((0.68 + 0.5) / 2);
  expect(rollups.policies.find((p) => p.code === "P3")?.status).toBe("no-data");
});

test("budgets: cost lines by initiative, goal (with sub-goals), policy, year, source and district", () => {
  const byCode = (list: { code: string; budget: { approved: number; spent: number } }[]) =>
    Object.fromEntries(list.map((e) => [e.code, [e.budget.approved, e.budget.spent]]));
  expect(byCode(rollups.initiatives)).toEqual({ I1: [150, 90], I2: [30, 30], I3: [20, 0] });
  expect(byCode(rollups.goals)).toEqual({ G1: [180, 120], G2: [20, 0], G3: [20, 0] });
  expect(byCode(rollups.policies)).toEqual({ P1: [200, 120], P2: [20, 0], P3: [0, 0] });
  expect(rollups.budget.total).toEqual({ approved: 205, spent: 125 });
  expect(rollups.budget.revenue).toEqual({ approved: 500, spent: 200 });
  expect(rollups.budget.byYear).toEqual([
    { year: 1402, approved: 130, spent: 110 },
    { year: 1403, approved: 75, spent: 15 },
  ]);
  expect(rollups.budget.bySource).toEqual([
    { source: "Grant", approved: 75, spent: 15 },
    { source: "Own revenue", approved: 130, spent: 110 },
  ]);
  expect(rollups.budget.byDistrict).toEqual([
    { district: "District 1", approved: 170, spent: 90 },
    { district: "District 2", approved: 30, spent: 30 },
  ]);
});

test("coverage and counts", () => {
  expect(rollups.policies.map((p) => [p.code, p.goals, p.initiatives])).toEqual([
    ["P1", 2, 3],
    ["P2", 1, 1],
    ["P3", 0, 0],
  ]);
  expect(rollups.counts.initiativesByStatus).toEqual({
    "not-started": 1,
    "in-progress": 1,
    completed: 1,
    stopped: 0,
    delayed: 0,
    unknown: 0,
  });
  expect(rollups.counts.initiativesByDistrict).toEqual([
    { district: "District 1", count: 2 },
    { district: "District 2", count: 1 },
  ]);
  expect(rollups.counts.kpisByStatus).toEqual({
    "on-track": 1,
    "at-risk": 0,
    "off-track": 2,
    "no-data": 1,
  });
  expect(rollups.pillars.map((p) => [p.pillar, p.policies, p.goals, p.initiatives])).toEqual([
    ["Services", 2, 2, 3],
    ["Revenue", 1, 0, 0],
  ]);
});

test("a goal holds the initiatives and KPIs of its sub-goals, each once even when goals loop", () => {
  const holdings = (goals: { code: string; initiatives: number; kpis: number }[]) =>
    goals.map((g) => [g.code, g.initiatives, g.kpis]);
  expect(holdings(rollups.goals)).toEqual([
    ["G1", 2, 3],
    ["G2", 1, 1],
    ["G3", 1, 1],
  ]);
  const loop = workbookOf({
    ...tables,
    goal: [
      ["id", "title", "policies", "weight", "parent"],
      ["G1", "a", "P1", null, "G3"],
      ["G2", "b", null, null, "G1"],
      ["G3", "c", null, null, "G2"],
    ],
  });
  const looped = computeRollups(buildPlan(loop.snapshot, loop.mapping));
  expect(holdings(looped.goals)).toEqual([
    ["G1", 3, 4],
    ["G2", 3, 4],
    ["G3", 3, 4],
  ]);
  expect(looped.goals.map((g) => g.budget)).toEqual(Array(3).fill({ approved: 200, spent: 120 }));
  expect(looped.policies[0]).toMatchObject({
    initiatives: 3,
    budget: { approved: 200, spent: 120 },
  });
});

test("beneath a policy lie the goals citing its sub-policies; an initiative code counts once, as budget-over-ceiling counts", () => {
  const plan = workbookOf({
    policy: [
      ["id", "title", "parent"],
      ["P1", "Macro policy", null],
      ["P1.1", "Its sub-policy", "P1"],
    ],
    goal: [
      ["id", "title", "policies"],
      ["G1", "Goal", "P1.1"],
    ],
    initiative: [
      ["id", "title", "goal"],
      ["I1", "entered twice", "G1"],
      ["I1", "entered twice", "G1"],
    ],
    budget: [
      ["initiative", "year", "approved", "spent"],
      ["I1", 1403, 100, 40],
    ],
  });
  const r = computeRollups(buildPlan(plan.snapshot, plan.mapping));
  const expected = { budget: { approved: 100, spent: 40 }, initiatives: 1 };
  expect(r.goals[0]).toMatchObject(expected);
  expect(r.policies.map((p) => [p.code, p.goals])).toEqual([
    ["P1", 0],
    ["P1.1", 1],
  ]);
  expect(r.policies[0]).toMatchObject(expected);
  expect(r.policies[1]).toMatchObject(expected);
});
