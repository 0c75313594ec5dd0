import { targetAgainstDirection } from "../../../src/core/rules/target-against-direction";
import { findingsOf, testRule } from "./rule-tester";

const header = ["id", "name", "unit", "direction", "baseline", "target"];

testRule(targetAgainstDirection, {
  valid: [
    {
      name: "targets on the good side, or level with the baseline",
      tables: {
        kpi: [
          header,
          ["K1", "a", "درصد", "افزایشی", "۶۵", "۸۰"],
          ["K2", "b", "tonne", "کاهشی", "۱٬۲۰۰", "۹۰۰"],
          ["K3", "c", "count", "increase", 10, 10],
          ["K4", "d", "count", "decrease", "(5)", "-8"],
        ],
      },
    },
    {
      name: "maintain is never reported, and half-filled KPIs are left alone",
      tables: {
        kpi: [
          header,
          ["K1", "a", "%", "ثابت", 80, 20],
          ["K2", "b", "%", null, 80, 20],
          ["K3", "c", "%", "increase", null, 20],
          ["K4", "d", "%", "increase", 80, null],
          ["K5", "e", "%", "بالا", 80, 20],
        ],
      },
    },
    {
      name: "percentages typed both ways compare on one scale",
      tables: {
        kpi: [header, ["K1", "a", "%", "increase", 80, "85%"]],
      },
    },
    {
      name: "per-year targets on the good side",
      tables: {
        kpi: [
          ["id", "name", "direction", "baseline", "target@1403", "target@1404"],
          ["K1", "a", "decrease", 50, 45, 40],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "an increasing KPI aiming lower",
      tables: {
        kpi: [header, ["K1", "a", "درصد", "افزایشی", "۸۰", "۶۰"]],
      },
      findings: [
        {
          sheet: "kpi",
          cell: "F2",
          id: "K1",
          message:
            "The target 60 is below the baseline 80, but the KPI's direction is increasing (higher is better).",
        },
      ],
    },
    {
      name: "a decreasing KPI aiming higher, and swapped accounting negatives",
      tables: {
        kpi: [
          header,
          ["K1", "a", "tonne", "کاهش", 900, "۱٬۲۰۰"],
          ["K2", "b", "count", "lower is better", "-8", "(5)"],
        ],
      },
      findings: [
        {
          sheet: "kpi",
          cell: "F2",
          id: "K1",
          message:
            "The target 1,200 is above the baseline 900, but the KPI's direction is decreasing (lower is better).",
        },
        { sheet: "kpi", cell: "F3", id: "K2" },
      ],
    },
    {
      name: "per-year targets on the wrong side, each at its own column",
      tables: {
        kpi: [
          ["id", "name", "direction", "baseline", "target", "target@1403", "target@1404"],
          ["K1", "a", "increase", 50, 60, 45, 55],
          ["K2", "b", "decrease", 50, 60, 55, 40],
        ],
      },
      findings: [
        {
          sheet: "kpi",
          cell: "F2",
          id: "K1",
          message:
            "The 1403 target 45 is below the baseline 50, but the KPI's direction is increasing (higher is better).",
        },
        { sheet: "kpi", cell: "E3", id: "K2" },
        { sheet: "kpi", cell: "F3", id: "K2" },
      ],
    },
  ],
});

test("Persian message, with the baseline as the related cell", () => {
  const found = findingsOf(
    targetAgainstDirection,
    {
      kpi: [
        ["id", "name", "direction", "baseline", "target", "target@1403"],
        ["K1", "a", "افزایشی", "۸۰", "۶۰", 70.5],
      ],
    },
    undefined,
    "fa"
  );
  expect(found.map((f) => f.message)).toEqual([
    "مقدار هدف (۶۰) کمتر از مقدار پایه (۸۰) است، اما جهت مطلوب شاخص افزایشی است.",
    "مقدار هدف سال ۱۴۰۳ (۷۰٫۵) کمتر از مقدار پایه (۸۰) است، اما جهت مطلوب شاخص افزایشی است.",
  ]);
  expect(found[0].related).toEqual([{ sheet: "kpi", cell: "D2" }]);
});
