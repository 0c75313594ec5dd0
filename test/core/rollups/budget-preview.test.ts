import { budgetPreview } from "../../../src/core/rollups/budget-preview";
import { workbookOf, type Tables } from "../rules/rule-tester";

const tables: Tables = {
  initiative: [
    ["id", "title", "goal"],
    ["I1", "Collection", "G1"],
    ["I2", "Recycling", "G1"],
  ],
  budget: [
    ["initiative", "source", "approved@1402", "spent@1402", "approved@1403"],
    ["I1", "Own revenue", 100, 80, 50],
    ["I9", "Grant", 30, null, null],
    [null, "Grant", 5, 5, null],
    ["I۱", "Grant", null, 2, 7],
  ],
};

describe("the budget preview", () => {
  const { snapshot, mapping } = workbookOf(tables);
  const preview = budgetPreview(snapshot, mapping, "en");

  test("rolls the budget up by initiative (codes compared as the engine compares them), every initiative listed, and totals every cost line", () => {
    expect(preview.initiativesMapped).toBe(true);
    expect(preview.initiatives.map((i) => [i.code, i.budget])).toEqual([
      ["I1", { approved: 157, spent: 82 }],
      ["I2", { approved: 0, spent: 0 }],
    ]);
    expect(preview.total).toEqual({ approved: 192, spent: 87 });
    expect(preview.lines).toBe(6);
  });

  test("lists the lines that name no initiative or an unknown code, once per row", () => {
    expect(preview.unlinked.map((f) => [f.cell, f.id, f.rule])).toEqual([
      ["A3", "I9", "unknown-reference"],
      ["A4", undefined, "unlinked-budget-line"],
    ]);
  });

  test("lists them whatever severity the settings give their rules", () => {
    const quiet = {
      ...mapping,
      settings: { rules: { "unlinked-budget-line": "off", "unknown-reference": "off" } as const },
    };
    expect(budgetPreview(snapshot, quiet, "fa").unlinked).toHaveLength(2);
  });

  test("without an initiatives sheet, nothing rolls up and no code is called unknown", () => {
    const { snapshot, mapping } = workbookOf({ budget: tables.budget });
    const alone = budgetPreview(snapshot, mapping, "en");
    expect(alone.initiativesMapped).toBe(false);
    expect(alone.initiatives).toEqual([]);
    expect(alone.unlinked.map((f) => f.rule)).toEqual(["unlinked-budget-line"]);
  });
});
