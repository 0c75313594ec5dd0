import { templateNames } from "../../../src/core/template/template-names";
import { templateSpec } from "../../../src/core/template/template-spec";

test("in a workbook without them, the template keeps its own names", () => {
  expect(templateNames("fa")).toEqual({
    instructions: "راهنما",
    sheets: {
      policy: "سیاست‌ها",
      goal: "اهداف",
      initiative: "اقدامات",
      kpi: "شاخص‌ها",
      "kpi-actuals": "عملکرد شاخص‌ها",
      budget: "بودجه",
    },
    tables: {
      policy: "Policies",
      goal: "Goals",
      initiative: "Initiatives",
      kpi: "KPIs",
      "kpi-actuals": "KPIActuals",
      budget: "Budget",
    },
  });
});

test("a name taken (without regard to case) gets the next free suffix; the others stay", () => {
  const names = templateNames("en", {
    sheets: ["goals", "Goals (2)", "Sheet1"],
    tables: ["GOALS", "Budget", "Budget_2"],
  });
  expect(names.instructions).toBe("Instructions");
  expect(names.sheets).toMatchObject({ goal: "Goals (3)", policy: "Policies", budget: "Budget" });
  expect(names.tables).toMatchObject({ goal: "Goals_2", budget: "Budget_3", kpi: "KPIs" });
});

test("Persian sheets take Excel's suffix too, and sheet and table names never meet each other", () => {
  const names = templateNames("fa", { sheets: ["اهداف", "راهنما"], tables: ["KPIs"] });
  expect(names.instructions).toBe("راهنما (2)");
  expect(names.sheets.goal).toBe("اهداف (2)");
  expect(names.tables.kpi).toBe("KPIs_2");
  const all = [names.instructions, ...Object.values(names.sheets)];
  expect(new Set(all).size).toBe(all.length);
  expect(all.every((name) => name.length <= 31)).toBe(true);
});

test("lists, notes and instructions follow renamed sheets", () => {
  const spec = templateSpec("fa", templateNames("fa", { sheets: ["اهداف"], tables: ["Goals"] }));
  const goals = spec.sheets.find((s) => s.role === "goal")!;
  expect([goals.name, goals.table]).toEqual(["اهداف (2)", "Goals_2"]);
  const initiatives = spec.sheets.find((s) => s.role === "initiative")!;
  expect(initiatives.columns.find((c) => c.field === "goal")?.validation).toMatchObject({
    kind: "codes",
    range: "'اهداف (2)'!$A$2:$A$1000",
  });
  expect(goals.columns.find((c) => c.field === "parent")?.validation).toMatchObject({
    range: "'اهداف (2)'!$A$2:$A$1000",
  });
  expect(spec.instructions.lines.join("\n")).toContain("«اهداف (2)»");
  expect(spec.instructions.lines.join("\n")).not.toContain("«اهداف»");
});
