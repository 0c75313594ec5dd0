import type { MappingDocument } from "../../../src/core/mapping/mapping-document";
import { buildPlan } from "../../../src/core/model/build-plan";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/workbook-snapshot";
import { workbookOf } from "../rules/rule-tester";

test("a column found by its header after it moved; a header that occurs twice falls back to its letter", () => {
  const snapshot: WorkbookSnapshot = {
    sheets: [
      {
        name: "Goals",
        visibility: "Visible",
        origin: { row: 2, column: 2 },
        values: [
          ["Title", "Goal ID", "Note", "Note"],
          ["More services", "G1", "a", "b"],
        ],
      },
    ],
  };
  const mapping: MappingDocument = {
    version: 1,
    roles: {
      goal: {
        sheet: "Goals",
        headerRow: 2,
        columns: {
          id: { column: "B", header: "Goal ID" }, // moved: now C
          title: { column: "C", header: "Title" }, // moved: now B
          owner: { column: "E", header: "Note" }, // "Note" twice: the letter decides
        },
      },
    },
  };
  const [goal] = buildPlan(snapshot, mapping).goals;
  expect([goal.code, goal.title, goal.owner]).toEqual(["G1", "More services", "b"]);
  expect(goal).toMatchObject({
    sheet: "Goals",
    row: 3,
    columns: { id: 3, title: 2, owner: 5 },
  });
});

test("blank rows and totals rows are not plan rows", () => {
  const { snapshot, mapping } = workbookOf({
    initiative: [
      ["id", "title", "goal"],
      ["I1", "a", "G1"],
      [null, "  ", null],
      ["جمع کل", null, null],
      ["Total", null, null],
      ["I2", "b", "G1"],
    ],
  });
  expect(buildPlan(snapshot, mapping).initiatives.map((i) => i.row)).toEqual([2, 6]);
});

test("a percent KPI typed both ways is put on one scale", () => {
  const { snapshot, mapping } = workbookOf({
    kpi: [
      ["id", "name", "goal", "unit", "baseline", "target", "actual", "target@1403"],
      ["K1", "mixed", "G1", "درصد", 35, "80%", "۴۰٪", "۶۰ درصد"],
      ["K2", "all fractions", "G1", "%", "35%", "80%", null, null],
      ["K3", "not a percent unit", "G1", "tonne", 35, "80%", null, null],
    ],
  });
  const kpis = buildPlan(snapshot, mapping).kpis;
  expect(kpis.map((k) => [k.baseline, k.target, k.actual])).toEqual([
    [35, 80, 40],
    [0.35, 0.8, undefined],
    [35, 0.8, undefined],
  ]);
  expect(kpis[0].yearTargets).toEqual([{ year: 1403, value: 60, column: 8 }]);
});

test("unreadable cells become issues naming their row's code (or the code they refer to)", () => {
  const { snapshot, mapping } = workbookOf({
    initiative: [
      ["id", "title", "goal", "start", "status"],
      ["I1", "a", "G1", "1400/12/30", "maybe"],
    ],
    budget: [
      ["initiative", "year", "approved"],
      ["I1", "next year", "lots"],
    ],
  });
  const issues = buildPlan(snapshot, mapping).issues;
  expect(issues.map((i) => [i.role, i.field, i.kind, i.reason, i.code, i.column])).toEqual([
    ["initiative", "start", "date", "impossible", "I1", 4],
    ["initiative", "status", "enum", "unknown", "I1", 5],
    ["budget", "year", "date", "text", "I1", 2],
    ["budget", "approved", "number", "text", "I1", 3],
  ]);
});

test("a mapping naming a sheet that is not there maps nothing for that role", () => {
  const { snapshot } = workbookOf({ goal: [["id"], ["G1"]] });
  const plan = buildPlan(snapshot, {
    version: 1,
    roles: { goal: { sheet: "Gone", headerRow: 1, columns: { id: { column: "A" } } } },
  });
  expect(plan.mapped.has("goal")).toBe(false);
  expect(plan.goals).toEqual([]);
});
