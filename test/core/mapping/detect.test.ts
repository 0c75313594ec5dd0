import { detectMapping } from "../../../src/core/mapping/detect";
import { buildPlan } from "../../../src/core/model/build-plan";
import type { SheetSnapshot } from "../../../src/core/snapshot/workbook-snapshot";
import { englishPlan, persianPlan } from "../../fixtures/realistic-plans";

describe("detection on a realistic Persian plan", () => {
  const detection = detectMapping(persianPlan());
  const { roles } = detection.mapping;

  test("each sheet gets its role", () => {
    expect(detection.sheets.map((s) => [s.sheet, s.role])).toEqual([
      ["سیاست‌ها", "policy"],
      ["اهداف", "goal"],
      ["اقدامات", "initiative"],
      ["شاخص‌ها", "kpi"],
      ["عملکرد شاخص‌ها", "kpi-actuals"],
      ["بودجه", "budget"],
    ]);
  });

  test("header rows are found below titles, blank rows and merged rows", () => {
    expect(Object.fromEntries(Object.entries(roles).map(([r, m]) => [r, m.headerRow]))).toEqual({
      policy: 3,
      goal: 3,
      initiative: 2,
      kpi: 1,
      "kpi-actuals": 1,
      budget: 3,
    });
  });

  test("«کد هدف» is the goal's own code in the goals sheet and the parent link in the initiatives sheet", () => {
    expect(roles.goal?.columns.id?.column).toBe("B");
    expect(roles.initiative?.columns.id?.column).toBe("B");
    expect(roles.initiative?.columns.goal?.column).toBe("C");
    expect(roles.initiative?.columns.title?.column).toBe("A");
  });

  test("fields by their Persian header words", () => {
    const columnsOf = (role: keyof typeof roles) =>
      Object.fromEntries(Object.entries(roles[role]?.columns ?? {}).map(([f, c]) => [f, c.column]));
    expect(columnsOf("policy")).toEqual({ id: "B", title: "C", pillar: "D", legalBasis: "E" });
    expect(columnsOf("goal")).toEqual({
      id: "B",
      title: "C",
      policies: "D",
      owner: "E",
      start: "F",
      end: "G",
      weight: "H",
    });
    expect(columnsOf("kpi")).toEqual({
      id: "A",
      name: "B",
      goal: "C",
      unit: "D",
      direction: "E",
      baseline: "F",
      target: "G",
      frequency: "J",
    });
  });

  test("wide columns: yearly KPI targets, quarterly actuals, budget years under merged group titles", () => {
    expect(roles.kpi?.wide?.map((w) => [w.column, w.measure, w.year])).toEqual([
      ["H", "target", 1403],
      ["I", "target", 1404],
    ]);
    expect(roles["kpi-actuals"]?.wide?.map((w) => [w.column, w.period])).toEqual([
      ["B", "1402-Q1"],
      ["C", "1402-Q2"],
      ["D", "1402-Q3"],
      ["E", "1402-Q4"],
    ]);
    expect(roles.budget?.wide?.map((w) => [w.column, w.measure, w.year])).toEqual([
      ["C", "approved", 1402],
      ["D", "approved", 1403],
      ["E", "approved", 1404],
      ["F", "spent", 1402],
      ["G", "spent", 1403],
      ["H", "spent", 1404],
    ]);
    expect(roles.budget?.columns).toMatchObject({
      initiative: { column: "A" },
      source: { column: "B" },
    });
  });

  test("confident, with nothing missing, and the row counter left unmapped", () => {
    expect(detection.uncertain).toBe(false);
    for (const s of detection.sheets) {
      expect(s.confidence).toBeGreaterThanOrEqual(0.6);
      expect(s.missing).toEqual([]);
    }
    const counter = detection.sheets[0].columns.find((c) => c.header === "ردیف");
    expect(counter?.choice).toBeUndefined();
  });

  test("the detected mapping reads the plan: links in Latin digits find codes in Persian ones", () => {
    const plan = buildPlan(persianPlan(), detection.mapping);
    expect(plan.policies.map((p) => p.key)).toEqual(["س-1", "س-2", "س-3"]);
    expect(plan.goals[1].policies.map((p) => p.key)).toEqual(["س-2", "س-3"]);
    expect(plan.initiatives.map((i) => i.goal?.key)).toEqual(["ه-1", "ه-1", "ه-2"]);
    expect(plan.kpis[0].yearTargets.map((t) => [t.year, t.value])).toEqual([
      [1403, 50],
      [1404, 65],
    ]);
    expect(plan.actuals).toHaveLength(8);
    // the «جمع» row is a total, not a line; empty 1404 spending makes no line of its own
    expect(plan.budget.map((b) => [b.initiative?.key, b.year, b.approved, b.spent])).toEqual([
      ["اق-1", 1402, 1200, 1100],
      ["اق-1", 1403, 1500, 1450],
      ["اق-1", 1404, 1800, undefined],
      ["اق-2", 1402, 0, 0],
      ["اق-2", 1403, 2500, 900],
      ["اق-2", 1404, 2500, undefined],
      ["اق-3", 1402, 800, 820],
      ["اق-3", 1403, 0, 0],
      ["اق-3", 1404, 0, undefined],
    ]);
    expect(plan.issues).toEqual([]);
  });
});

describe("detection on an English plan", () => {
  const detection = detectMapping(englishPlan());
  const { roles } = detection.mapping;

  test("roles, header rows and long actuals", () => {
    expect(detection.sheets.map((s) => s.role)).toEqual([
      "policy",
      "goal",
      "initiative",
      "kpi",
      "kpi-actuals",
      "budget",
    ]);
    expect(roles.goal?.headerRow).toBe(3);
    expect(roles["kpi-actuals"]?.columns).toEqual({
      kpi: { column: "A", header: "KPI ID" },
      period: { column: "B", header: "Period" },
      value: { column: "C", header: "Value" },
    });
    expect(roles.budget?.wide?.map((w) => `${w.column}:${w.measure}@${w.year}`)).toEqual([
      "C:approved@2024",
      "D:spent@2024",
      "E:approved@2025",
      "F:spent@2025",
    ]);
    expect(roles.initiative?.columns).toMatchObject({
      start: { column: "F" },
      end: { column: "G" },
      status: { column: "E" },
    });
    expect(detection.uncertain).toBe(false);
  });
});

test("a workbook with nothing to plan is uncertain and maps nothing", () => {
  const detection = detectMapping({
    sheets: [
      {
        name: "Notes",
        visibility: "Visible",
        origin: { row: 1, column: 1 },
        values: [["hello"], ["world"]],
      },
    ],
  });
  expect(detection.mapping.roles).toEqual({});
  expect(detection.uncertain).toBe(true);
  expect(detection.sheets[0].role).toBeUndefined();
});

describe("detection on a sheet holding an Excel table", () => {
  // A header-like row above the table (a legend of the columns) outscores the table's own header.
  const sheet = (tables?: SheetSnapshot["tables"]) => ({
    sheets: [
      {
        name: "Goals",
        visibility: "Visible" as const,
        origin: { row: 1, column: 1 },
        values: [
          ["Goal code", "Goal title", "Start date", "End date", "Weight", "Owner"],
          [null],
          ["Goal code", "Title", "Weight"],
          ["G1", "More services", 60],
          ["G2", "Lower costs", 40],
        ],
        tables,
      },
    ],
  });

  test("takes the table's header row", () => {
    const table = {
      name: "Goals",
      area: { top: 3, left: 1, bottom: 5, right: 3 },
      headerRow: true,
    };
    expect(detectMapping(sheet()).mapping.roles.goal?.headerRow).toBe(1);
    expect(detectMapping(sheet([table])).mapping.roles.goal?.headerRow).toBe(3);
  });
});

describe("detection on a budget whose headers name the funding source", () => {
  const budget = {
    sheets: [
      {
        name: "بودجه",
        visibility: "Visible" as const,
        origin: { row: 1, column: 1 },
        values: [
          [
            "کد اقدام",
            "اعتبار مصوب ۱۴۰۲ - منابع داخلی",
            "اعتبار مصوب ۱۴۰۲ - کمک دولت",
            "عملکرد ۱۴۰۲ - منابع داخلی",
            "عملکرد ۱۴۰۲ - کمک دولت",
            "2024 approved (loans)",
          ],
          ["اق-1", 100, 50, 90, 40, 7],
          ["اق-2", 200, 0, 150, 0, 8],
        ],
      },
    ],
  };

  test("keeps one column per year and source, and the plan one line per year and source", () => {
    const { mapping } = detectMapping(budget);
    expect(mapping.roles.budget?.wide?.map((w) => [w.column, w.measure, w.year, w.source])).toEqual(
      [
        ["B", "approved", 1402, "منابع داخلی"],
        ["C", "approved", 1402, "کمک دولت"],
        ["D", "spent", 1402, "منابع داخلی"],
        ["E", "spent", 1402, "کمک دولت"],
        ["F", "approved", 2024, "loans"],
      ]
    );
    const lines = buildPlan(budget, mapping).budget.filter((l) => l.initiative?.code === "اق-1");
    expect(lines.map((l) => [l.year, l.source, l.approved, l.spent])).toEqual([
      [1402, "منابع داخلی", 100, 90],
      [1402, "کمک دولت", 50, 40],
      [2024, "loans", 7, undefined],
    ]);
  });
});
