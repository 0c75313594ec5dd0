import { combineDistricts, districtSheet } from "../../../src/core/cascade/combine-districts";
import { consolidate } from "../../../src/core/cascade/consolidate";
import { buildPlan } from "../../../src/core/model/build-plan";
import { registerOf } from "../../../src/core/register/parent-register";
import { indexPlan } from "../../../src/core/rules/plan-index";
import type { CellValue } from "../../../src/core/snapshot/workbook-snapshot";
import { workbookOf, type Tables } from "../rules/rule-tester";

/** The deputy's plan: one policy, a goal with a sub-goal, another goal; a sum KPI and an average one. */
const parent = workbookOf({
  policy: [
    ["id", "title"],
    ["P1", "Better services"],
  ],
  goal: [
    ["id", "title", "policies", "parent"],
    ["PG1", "More services", "P1", null],
    ["PG1.1", "More service centres", null, "PG1"],
    ["PG2", "Lower costs", "P1", null],
  ],
  kpi: [
    ["id", "name", "goal", "unit", "direction", "baseline", "target", "aggregation"],
    ["PK1", "Centres built", "PG1.1", "count", "increase", 0, 10, "sum"],
    ["PK2", "Cost per service", "PG2", "rial", "decrease", 100, 80, "average"],
  ],
});
const register = registerOf(buildPlan(parent.snapshot, parent.mapping), {
  fileName: "deputy.xlsx",
  importedAt: "2026-01-01T00:00:00Z",
  hash: "00",
});

const KPI_HEADER = [
  "id",
  "name",
  "goal",
  "initiative",
  "parent",
  "unit",
  "direction",
  "baseline",
  "target",
];

/** A district's plan: the same codes (G1, I1, K1 …) in every district. */
function district(centres: number, servesCosts = true): Tables {
  const goal: CellValue[][] = [
    ["id", "title", "parent"],
    ["G1", "Centres", "PG1.1"],
  ];
  const initiative: CellValue[][] = [
    ["id", "title", "goal"],
    ["I1", "Build centres", "G1"],
  ];
  const kpi: CellValue[][] = [
    KPI_HEADER,
    ["K1", "Centres built", "G1", null, "PK1", "count", "increase", 0, centres],
    ["K2", "Building progress", null, "I1", null, "%", "increase", 0, 100],
  ];
  if (servesCosts) {
    goal.push(["G2", "Cheaper services", "PG2"]);
    initiative.push(["I2", "Digital counters", "G2"]);
    kpi.push(
      ["K3", "Cost per service", "G2", null, "PK2", "rial", "decrease", 100, 80],
      ["K4", "Counters opened", null, "I2", null, "%", "increase", 0, 100]
    );
  }
  return { goal, initiative, kpi };
}

const workbooks = (...plans: Tables[]) =>
  plans.map((tables, i) => ({ name: `D${i + 1}`, ...workbookOf(tables) }));

describe("combineDistricts", () => {
  const plans = workbooks(district(4), district(6)).map((w) => ({
    name: w.name,
    plan: buildPlan(w.snapshot, w.mapping),
  }));
  const combined = combineDistricts(register, plans);
  const index = indexPlan(combined);

  it("keeps each district's codes its own: repeated codes do not collide", () => {
    expect(combined.goals.map((g) => g.code)).toEqual(["G1", "G2", "G1", "G2"]);
    expect(new Set(combined.goals.map((g) => g.key)).size).toBe(4);
    expect(new Set(combined.kpis.map((k) => k.key)).size).toBe(8);
    // D2's initiative I1 belongs to D2's G1, not to D1's.
    const [, , , i1] = [...combined.initiatives];
    expect(i1.sheet).toBe(districtSheet("D2", "initiative"));
    expect(index.goals.get(combined.initiatives[2].goal!.key)).toBe(combined.goals[2]);
    expect(combined.goals[2]).toMatchObject({ sheet: "D2 › goal", district: "D2" });
  });

  it("resolves links to the parent's codes to the parent's goals and KPIs", () => {
    const [pg1, pg11, pg2] = register.goals;
    expect(pg1.code).toBe("PG1");
    expect(index.goals.get(combined.goals[0].parent!.key)).toBe(pg11);
    expect(index.goals.get(combined.goals[3].parent!.key)).toBe(pg2);
    const k1s = combined.kpis.filter((k) => k.code === "K1");
    for (const k of k1s) expect(index.kpis.get(k.parent!.key)).toBe(register.kpis[0]);
    expect(index.kpisByParent.get(register.kpis[0].key)).toEqual(k1s);
    expect(combined.consolidation).toBe(true);
  });
});

describe("consolidate", () => {
  it("finds nothing when the districts' targets add up and every goal is served", () => {
    const result = consolidate(register, workbooks(district(4), district(6)));
    expect(result.districts.map((d) => [d.name, d.findings])).toEqual([
      ["D1", []],
      ["D2", []],
    ]);
    expect(result.overall).toEqual([]);
    // Per goal and district: the district goal beneath it and the KPI cascading from its KPI;
    // PG1 counts what serves its sub-goal PG1.1.
    expect(result.matrix).toEqual({
      goals: [
        { code: "PG1", title: "More services" },
        { code: "PG1.1", title: "More service centres" },
        { code: "PG2", title: "Lower costs" },
      ],
      districts: ["D1", "D2"],
      links: [
        [2, 2],
        [2, 2],
        [2, 2],
      ],
    });
  });

  it("judges the districts together: a missed sum on the parent's cell, an unserved parent goal", () => {
    const result = consolidate(register, workbooks(district(4, false), district(5, false)), {
      lang: "en",
    });
    expect(result.districts.flatMap((d) => d.findings)).toEqual([]);
    expect(result.overall.map((f) => [f.rule, f.sheet, f.cell, f.id])).toEqual([
      ["uncovered-parent-goal", "goal", "A4", "PG2"],
      ["cascade-sum-mismatch", "kpi", "G2", "PK1"],
    ]);
    const [, sum] = result.overall;
    expect(sum.message).toBe(
      "The sum of the targets of its 2 child KPIs is 9, not this KPI's target 10."
    );
    expect(sum.related).toEqual([
      { sheet: "D1 › kpi", cell: "I2" },
      { sheet: "D2 › kpi", cell: "I2" },
    ]);
    expect(result.matrix.links[2]).toEqual([0, 0]);
  });

  it("judges each district alone against the parent: a unit or direction not the parent's", () => {
    const wrong = district(6);
    wrong.kpi![1] = ["K1", "Centres built", "G1", null, "PK1", "%", "decrease", 10, 6];
    const result = consolidate(register, workbooks(district(4), wrong));
    expect(result.districts[0].findings).toEqual([]);
    expect(result.districts[1].findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ["unit-mismatch", "kpi", "F2"],
      ["direction-mismatch", "kpi", "G2"],
    ]);
    expect(result.districts[1].counts.errors).toBeGreaterThan(0);
    expect(result.overall).toEqual([]);
  });

  it("judges the parent's policies and budget ceilings by the districts together, not one by one", () => {
    const deputy = workbookOf({
      policy: [
        ["id", "title", "budgetCeiling"],
        ["P1", "Services", null],
        ["P2", "Costs", null],
        ["P3", "Parks", null],
      ],
      goal: [
        ["id", "title", "policies", "budgetCeiling"],
        ["PG1", "More services", "P1", 150],
        ["PG2", "Lower costs", "P2", null],
      ],
    });
    const parentRegister = registerOf(buildPlan(deputy.snapshot, deputy.mapping), {
      fileName: "deputy.xlsx",
      importedAt: "2026-01-01T00:00:00Z",
      hash: "00",
    });
    const serving = (parentGoal: string, approved: number): Tables => ({
      goal: [
        ["id", "title", "parent"],
        ["G1", "Ours", parentGoal],
      ],
      initiative: [
        ["id", "title", "goal"],
        ["I1", "Do it", "G1"],
      ],
      budget: [
        ["initiative", "approved"],
        ["I1", approved],
      ],
    });
    // A and B serve PG1 (100 each, 200 together against its ceiling of 150), C serves PG2; none P3.
    const result = consolidate(
      parentRegister,
      workbooks(serving("PG1", 100), serving("PG1", 100), serving("PG2", 100)),
      { lang: "en" }
    );
    expect(result.districts.flatMap((d) => d.findings)).toEqual([]);
    expect(result.overall.map((f) => [f.rule, f.sheet, f.cell, f.id])).toEqual([
      ["budget-over-ceiling", "goal", "D2", "PG1"],
      ["uncovered-policy", "policy", "A4", "P3"],
    ]);
  });

  it("keeps a district's own finding on a row placed and coded like one of the parent's", () => {
    const deputy = workbookOf({
      goal: [
        ["id", "title", "budgetCeiling"],
        ["G1", "Services", 1000],
      ],
    });
    const parentRegister = registerOf(buildPlan(deputy.snapshot, deputy.mapping), {
      fileName: "deputy.xlsx",
      importedAt: "2026-01-01T00:00:00Z",
      hash: "00",
    });
    // The district's goal sheet is called as the parent's, and its G1 sits on the same row.
    const own: Tables = {
      goal: [
        ["id", "title", "budgetCeiling"],
        ["G1", "Ours", 100],
      ],
      initiative: [
        ["id", "title", "goal"],
        ["I1", "Do it", "G1"],
      ],
      budget: [
        ["initiative", "approved"],
        ["I1", 500],
      ],
    };
    const [found] = consolidate(parentRegister, workbooks(own), { lang: "en" }).districts;
    expect(found.findings.map((f) => [f.rule, f.sheet, f.cell])).toContainEqual([
      "budget-over-ceiling",
      "goal",
      "C2",
    ]);
  });
});
