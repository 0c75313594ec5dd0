import { encodeStoredMapping } from "../../src/core/mapping/stored-mapping";
import { detectMapping } from "../../src/core/mapping/detect";
import { registerSheetName, registerSheetRows } from "../../src/core/register/register-sheet";
import type { ParentRegister } from "../../src/core/register/parent-register";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { validateWorkbook } from "../../src/excel/validate-workbook";
import { modelFromSnapshot } from "../../src/simulator/model-from-snapshot";
import { SimRequestContext } from "../../src/simulator/request-context";
import { analyse } from "../../src/core/analyse";
import { workbookOf } from "../core/rules/rule-tester";

/** The deputy's plan as its register: two goals, a KPI summed over the districts and one averaged. */
function deputyRegister(): ParentRegister {
  const deputy = workbookOf({
    goal: [
      ["id", "title"],
      ["DG-1", "More service centres"],
      ["DG-2", "Lower costs"],
    ],
    kpi: [
      ["id", "name", "goal", "unit", "direction", "target", "aggregation"],
      ["DK-1", "Service centres opened", "DG-1", "count", "increase", 30, "sum"],
      ["DK-2", "Citizens' satisfaction", "DG-1", "%", "increase", 80, "average"],
    ],
  });
  const { plan } = analyse(deputy.snapshot, deputy.mapping);
  const source = { fileName: "deputy.xlsx", importedAt: "2026-11-27T09:00:00Z", hash: "c0ffee" };
  return { source, policies: [], goals: plan.goals, kpis: plan.kpis };
}

/** One workbook holding two districts' plans, told apart by a district column, and the register. */
function districtsWorkbook(): WorkbookSnapshot {
  const sheet = (name: string, values: WorkbookSnapshot["sheets"][0]["values"]) => ({
    name,
    visibility: "Visible" as const,
    origin: { row: 1, column: 1 },
    values,
  });
  return {
    sheets: [
      sheet("اهداف مناطق", [
        ["کد هدف", "عنوان هدف", "هدف بالادست", "منطقه"],
        ["G1-1", "افزایش مراکز خدمات منطقهٔ ۱", "DG-1", "منطقهٔ ۱"],
        ["G2-1", "افزایش مراکز خدمات منطقهٔ ۲", "DG-1", "منطقهٔ ۲"],
      ]),
      sheet("شاخص‌های مناطق", [
        [
          "کد شاخص",
          "نام شاخص",
          "کد هدف",
          "واحد سنجش",
          "جهت مطلوب",
          "مقدار هدف",
          "شاخص بالادست",
          "منطقه",
        ],
        ["K1-1", "مراکز افتتاح‌شده", "G1-1", "عدد", "افزایشی", 10, "DK-1", "منطقهٔ ۱"],
        ["K2-1", "مراکز افتتاح‌شده", "G2-1", "عدد", "افزایشی", 15, "DK-1", "منطقهٔ ۲"],
        ["K1-2", "رضایت شهروندان", "G1-1", "درصد", "افزایشی", 80, "DK-2", "منطقهٔ ۱"],
        ["K2-2", "رضایت شهروندان", "G2-1", "تن", "افزایشی", 80, "DK-2", "منطقهٔ ۲"],
      ]),
      sheet(registerSheetName("fa"), registerSheetRows(deputyRegister(), "fa")),
    ],
  };
}

const options = { lang: "en" as const, mergedAreas: true, readingOrder: true };
const register = registerSheetName("fa");

test("a workbook holding all districts is checked against the parent in Excel: coverage of its goals, its KPI targets' sum, units", async () => {
  const snapshot = districtsWorkbook();
  const model = modelFromSnapshot(snapshot);
  const outcome = await validateWorkbook(new SimRequestContext(model) as never, options);
  if (outcome.kind !== "validated") throw new Error(outcome.kind);
  const found = outcome.findings
    .filter((f) => f.sheet === register || ["unit-mismatch", "direction-mismatch"].includes(f.rule))
    .map((f) => [f.rule, f.sheet, f.cell]);
  const unit = outcome.findings.find((f) => f.rule === "unit-mismatch");
  expect(unit?.district).toBe("منطقهٔ ۲"); // the pane groups findings by it
  expect(found).toEqual([
    ["unit-mismatch", "شاخص‌های مناطق", "D5"], // K2-2 in tonnes under a percentage
    ["uncovered-parent-goal", register, "B8"], // DG-2: no district serves it
    ["cascade-sum-mismatch", register, "I9"], // DK-1: 10 + 15 ≠ 30
  ]);
});

test("with a stored mapping, the register is read along with the mapped sheets", async () => {
  const snapshot = districtsWorkbook();
  const model = modelFromSnapshot(snapshot);
  const planSheets = { sheets: snapshot.sheets.filter((s) => s.name !== register) };
  const xml = encodeStoredMapping(detectMapping(planSheets).mapping);
  model.customXmlParts.push({ id: "{mapping}", xml });
  const outcome = await validateWorkbook(new SimRequestContext(model) as never, options);
  if (outcome.kind !== "validated") throw new Error(outcome.kind);
  expect(outcome.source).toBe("workbook");
  expect(outcome.findings.filter((f) => f.sheet === register).map((f) => f.rule)).toEqual([
    "uncovered-parent-goal",
    "cascade-sum-mismatch",
  ]);
});
