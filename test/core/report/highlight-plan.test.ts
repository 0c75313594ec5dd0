import type { Finding } from "../../../src/core/findings";
import {
  highlightPlan,
  isHighlightFormula,
  highlightFormula,
} from "../../../src/core/report/highlight-plan";

const finding = (sheet: string, cell: string, severity: Finding["severity"]): Finding => ({
  rule: "r",
  severity,
  message: "m",
  sheet,
  cell,
  row: Number(cell.replace(/\D/g, "")),
  entity: "goal",
});

describe("highlightPlan", () => {
  test("a cell takes its most severe finding; neighbours down a column make one area", () => {
    const groups = highlightPlan(
      [
        finding("Goals", "B3", "warning"),
        finding("Goals", "B2", "error"),
        finding("Goals", "B3", "error"),
        finding("Goals", "B4", "error"),
        finding("Goals", "C4", "error"),
        finding("Goals", "B6", "info"),
        finding("KPIs", "A1", "warning"),
      ],
      { maxAddressLength: 100 }
    );
    expect(groups).toEqual([
      { sheet: "Goals", severity: "error", address: "B2:B4, C4", areas: 2, cells: 4 },
      { sheet: "KPIs", severity: "warning", address: "A1", areas: 1, cells: 1 },
      { sheet: "Goals", severity: "info", address: "B6", areas: 1, cells: 1 },
    ]);
  });

  test("areas are split into groups whose address stays within the length; 0 gives one per area", () => {
    const findings = ["A1", "C1", "E1", "G1"].map((cell) => finding("S", cell, "error"));
    expect(highlightPlan(findings, { maxAddressLength: 6 }).map((g) => g.address)).toEqual([
      "A1, C1",
      "E1, G1",
    ]);
    expect(highlightPlan(findings, { maxAddressLength: 0 }).map((g) => g.address)).toEqual([
      "A1",
      "C1",
      "E1",
      "G1",
    ]);
  });

  test("Rahbord knows its own marker formula, in any case, and no other", () => {
    expect(isHighlightFormula(highlightFormula("warning"))).toBe(true);
    expect(isHighlightFormula('=istext("RAHBORD:error")')).toBe(true);
    expect(isHighlightFormula('=ISTEXT("rahbord")')).toBe(false);
    expect(isHighlightFormula("=$B2>100")).toBe(false);
  });
});
