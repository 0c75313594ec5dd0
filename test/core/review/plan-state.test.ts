import fc from "fast-check";
import { readWorkbookFile } from "../../../src/cli/read-workbook";
import { planDiff } from "../../../src/core/compare/plan-diff";
import { detectMapping } from "../../../src/core/mapping/detect";
import { buildPlan } from "../../../src/core/model/build-plan";
import type { Code, Origin, Plan } from "../../../src/core/model/plan";
import { canonicalCode } from "../../../src/core/normalize/text";
import { computeRollups } from "../../../src/core/rollups/compute-rollups";
import { fromState, toState } from "../../../src/core/review/plan-state";
import { decodeSnapshot, encodeSnapshot } from "../../../src/core/review/snapshot-part";

const META = {
  label: "Mid-year",
  reviewDate: "2026-03-21",
  takenAt: "2026-03-21T08:00:00.000Z",
  format: 1,
};

async function samplePlan(file: string): Promise<Plan> {
  const { snapshot } = await readWorkbookFile(`samples/${file}`);
  return buildPlan(snapshot, detectMapping(snapshot).mapping);
}

test.each(["plan-en.xlsx", "plan-fa.xlsx"])(
  "a snapshot of %s stands for the same plan: no changes, the same budgets and KPI targets",
  async (file) => {
    const plan = await samplePlan(file);
    const restored = fromState(toState(plan));
    expect(planDiff(restored, plan)).toEqual([]);
    expect(planDiff(plan, restored)).toEqual([]);
    const budgets = (p: Plan) => computeRollups(p).initiatives.map((i) => [i.code, i.budget]);
    expect(budgets(restored)).toEqual(budgets(plan));
    expect(restored.mapped).toEqual(plan.mapped);
  }
);

test("a snapshot keeps what the diff needs and nothing of the rows' places", async () => {
  const plan = await samplePlan("plan-fa.xlsx");
  const state = toState(plan);
  expect(state.initiatives[0]).toEqual({
    code: plan.initiatives[0].code,
    title: plan.initiatives[0].title,
    goal: plan.initiatives[0].goal?.code,
  });
  expect(JSON.stringify(state)).not.toContain('"row"');
  const restored = fromState(state);
  expect(restored.goals[0]).toMatchObject({ sheet: "", row: 0, columns: {} });
  expect(restored.goals[0].key).toBe(plan.goals[0].key);
});

test("rows without a code are left out, and the diff does not see them either", async () => {
  const plan = await samplePlan("plan-en.xlsx");
  const withBlank = { ...plan, goals: [...plan.goals, { ...plan.goals[0], code: "", key: "" }] };
  const state = toState(withBlank);
  expect(state.goals).toHaveLength(plan.goals.length);
  expect(planDiff(fromState(state), withBlank)).toEqual([]);
});

/** Characters that test the XML and JSON around the state: markup, controls, Persian, ZWNJ, emoji. */
const char = fc.constantFrom(
  "a",
  "Z",
  " ",
  "<",
  "&",
  '"',
  "'",
  "\n",
  "\u0001",
  "ه",
  "۱",
  "\u200c",
  "😀",
  "=",
  "-"
);
const text = fc.string({ unit: char, maxLength: 12 });
const CODES = ["P1", "P2", "G1", "G۲", "g2", "I1", "I2", "I-3", "K1", "K2", "K 3"];
const codeArb = fc.constantFrom(...CODES);
const refArb = fc.option(
  codeArb.map((code): Code => ({ code, key: canonicalCode(code) })),
  {
    nil: undefined,
  }
);
const amount = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: undefined });
const here: Origin = { sheet: "S", row: 5, columns: { id: 1 } };
const own = (code: string) => ({ ...here, code, key: canonicalCode(code) });

const planArb: fc.Arbitrary<Plan> = fc
  .record({
    policies: fc.array(
      fc.record({ code: codeArb, title: text, parent: refArb }).map((p) => ({
        role: "policy" as const,
        ...p,
        ...own(p.code),
      }))
    ),
    goals: fc.array(
      fc.record({ code: codeArb, title: text, parent: refArb, policy: refArb }).map((g) => ({
        role: "goal" as const,
        ...own(g.code),
        title: g.title,
        parent: g.parent,
        policies: g.policy ? [g.policy] : [],
      }))
    ),
    initiatives: fc.array(
      fc.record({ code: codeArb, title: text, goal: refArb }).map((i) => ({
        role: "initiative" as const,
        ...i,
        ...own(i.code),
      }))
    ),
    kpis: fc.array(
      fc
        .record({ code: codeArb, name: text, goal: refArb, initiative: refArb, target: amount })
        .map((k) => ({ role: "kpi" as const, ...k, ...own(k.code), yearTargets: [] }))
    ),
    budget: fc.array(
      fc
        .record({
          initiative: refArb,
          kind: fc.constantFrom("cost" as const, "revenue" as const),
          year: fc.option(fc.integer({ min: 1390, max: 1410 }), { nil: undefined }),
          approved: amount,
          spent: amount,
        })
        .map((line) => ({ role: "budget" as const, ...here, ...line })),
      { maxLength: 30 }
    ),
  })
  .map((rows) => ({
    mapped: new Set(["policy", "goal", "initiative", "kpi", "budget"] as const),
    actuals: [],
    issues: [],
    ...rows,
  }));

test("property: any plan, stored as a snapshot part and read back, has no changes from itself", () => {
  fc.assert(
    fc.property(planArb, (plan) => {
      const encoded = encodeSnapshot({ meta: META, plan: toState(plan) });
      if (encoded.kind !== "ok") throw new Error("a small plan must fit");
      const read = decodeSnapshot(encoded.xml);
      if (read.kind !== "ok") throw new Error(JSON.stringify(read));
      expect(planDiff(fromState(read.snapshot.plan), plan)).toEqual([]);
      expect(planDiff(plan, fromState(read.snapshot.plan))).toEqual([]);
    }),
    { numRuns: 300 }
  );
});

test("property: an edit to a plan is found after the round trip exactly as on the plan itself", () => {
  fc.assert(
    fc.property(planArb, planArb, (before, after) => {
      const restored = fromState(toState(before));
      expect(planDiff(restored, after)).toEqual(planDiff(before, after));
    }),
    { numRuns: 200 }
  );
});
