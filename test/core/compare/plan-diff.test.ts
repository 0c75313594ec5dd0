import { readWorkbookFile } from "../../../src/cli/read-workbook";
import { planDiff } from "../../../src/core/compare/plan-diff";
import { detectMapping } from "../../../src/core/mapping/detect";
import { buildPlan } from "../../../src/core/model/build-plan";
import type { Plan } from "../../../src/core/model/plan";

async function samplePlan(): Promise<Plan> {
  const { snapshot } = await readWorkbookFile("samples/plan-en.xlsx");
  return buildPlan(snapshot, detectMapping(snapshot).mapping);
}

test("a plan compared with itself has no changes", async () => {
  expect(planDiff(await samplePlan(), await samplePlan())).toEqual([]);
});

test("edits are found exactly: added, removed, retitled, re-parented, target and budget changed", async () => {
  const before = await samplePlan();
  const after = await samplePlan();
  const [g1, g2] = after.goals;
  after.goals[0] = { ...g1, title: `${g1.title} (revised)` };
  const initiative = after.initiatives[0];
  const other = after.goals.find((g) => g.key !== initiative.goal?.key && g.key !== g1.key)!;
  after.initiatives[0] = { ...initiative, goal: { code: other.code, key: other.key } };
  after.kpis[0] = { ...after.kpis[0], target: (after.kpis[0].target ?? 0) + 5 };
  const removed = after.policies.pop()!;
  after.goals.push({ ...g2, code: "G9", key: "g9", title: "New goal", row: 99 });
  const line = after.budget.findIndex(
    (l) => l.initiative?.key === initiative.key && l.kind === "cost"
  );
  after.budget[line] = { ...after.budget[line], approved: (after.budget[line].approved ?? 0) + 10 };

  const changes = planDiff(before, after);
  expect(changes).toEqual(
    expect.arrayContaining([
      {
        entity: "goal",
        code: g1.code,
        kind: "retitled",
        before: g1.title,
        after: `${g1.title} (revised)`,
      },
      { entity: "goal", code: "G9", kind: "added", after: "New goal" },
      { entity: "policy", code: removed.code, kind: "removed", before: removed.title },
      {
        entity: "initiative",
        code: initiative.code,
        kind: "reparented",
        before: initiative.goal?.code,
        after: other.code,
      },
      expect.objectContaining({
        entity: "kpi",
        kind: "target",
        after: (before.kpis[0].target ?? 0) + 5,
      }),
      expect.objectContaining({ entity: "initiative", code: initiative.code, kind: "approved" }),
    ])
  );
  expect(changes).toHaveLength(6);
});

test("codes written in Persian or Latin digits are the same entity", async () => {
  const before = await samplePlan();
  const after = await samplePlan();
  after.goals[0] = {
    ...after.goals[0],
    code: after.goals[0].code.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]),
  };
  expect(planDiff(before, after)).toEqual([]);
});
