import { analyse } from "../../../src/core/analyse";
import { registerOf } from "../../../src/core/register/parent-register";
import {
  readRegister,
  registerSheetName,
  registerSheetRows,
} from "../../../src/core/register/register-sheet";
import type { SheetSnapshot } from "../../../src/core/snapshot/workbook-snapshot";
import { workbookOf } from "../rules/rule-tester";

const source = { fileName: "city-plan.xlsx", importedAt: "2026-11-27T10:00:00Z", hash: "ab12" };

/** A parent plan with a policy, a sub-goal under a goal, and KPIs whose words must survive the trip. */
const parent = workbookOf({
  policy: [
    ["id", "title", "budgetCeiling"],
    ["SP-1", "More services", 900],
  ],
  goal: [
    ["id", "title", "policies", "parent"],
    ["G1", "Service centres", "SP-1", null],
    ["G1.1", "=centres in poor areas", null, "G1"],
  ],
  kpi: [
    ["id", "name", "goal", "unit", "direction", "target", "aggregation", "parent"],
    ["K1", "Centres opened", "G1", "عدد", "افزایشی", 220, "جمع", null],
    ["K2", "Response time", "G1.1", "minute", "decrease", 12.5, "average", "K9"],
  ],
});

const sheetOf = (lang: "en" | "fa"): SheetSnapshot => {
  const plan = analyse(parent.snapshot, parent.mapping).plan;
  return {
    name: registerSheetName(lang),
    visibility: "Visible",
    origin: { row: 1, column: 1 },
    values: registerSheetRows(registerOf(plan, source), lang),
  };
};

describe.each(["en", "fa"] as const)("the register sheet in %s", (lang) => {
  test("reads back as the parent's policies, goals and KPIs, pointing at the sheet's cells", () => {
    const register = readRegister({ sheets: [sheetOf(lang)] });
    expect(register?.source).toEqual(source);
    const codes = (list: { code: string }[]) => list.map((e) => e.code);
    expect(codes(register!.policies)).toEqual(["SP-1"]);
    expect(codes(register!.goals)).toEqual(["G1", "G1.1"]);
    expect(codes(register!.kpis)).toEqual(["K1", "K2"]);
    expect(register!.policies[0].budgetCeiling).toBe(900);
    expect(register!.goals[1]).toMatchObject({ title: "=centres in poor areas", row: 9 });
    expect(register!.goals[1].parent?.code).toBe("G1");
    expect(register!.goals[0].policies.map((p) => p.code)).toEqual(["SP-1"]);
    expect(register!.kpis[0]).toMatchObject({
      unitKey: "count",
      direction: "increase",
      target: 220,
      aggregation: "sum",
      sheet: registerSheetName(lang),
      row: 10,
    });
    expect(register!.kpis[1]).toMatchObject({ direction: "decrease", aggregation: "average" });
  });
});

test("a sheet with the register's name but not its source lines is no register", () => {
  const sheet = sheetOf("en");
  sheet.values = [sheet.values[0], ["my own notes"], ...sheet.values.slice(2)];
  expect(readRegister({ sheets: [sheet] })).toBeUndefined();
});

test("a plan in a workbook holding the register resolves the parent's codes", () => {
  const child = workbookOf({
    kpi: [
      ["id", "name", "goal", "unit", "parent"],
      ["D-K1", "Centres, district 5", "G1", "tonne", "K1"],
    ],
  });
  child.snapshot.sheets.push(sheetOf("fa"));
  const { findings } = analyse(child.snapshot, child.mapping);
  const links = findings.filter(
    (f) => f.rule === "unit-mismatch" || f.rule === "unknown-reference"
  );
  expect(links.map((f) => [f.rule, f.cell, f.related?.[0]])).toEqual([
    ["unit-mismatch", "D2", { sheet: registerSheetName("fa"), cell: "G10" }],
  ]);
});
