import { targetBelowPolicy } from "../../../src/core/rules/target-below-policy";
import { findingsOf, registerTable, testRule } from "./rule-tester";

const header = ["id", "name", "goal", "unit", "direction", "target", "parent", "aggregation"];

/** A percent parent (averaged by default) raising recycling to 80 %. */
const parent = ["K1", "Recycling rate", "G1", "%", "افزایشی", 80, null, null];

testRule(targetBelowPolicy, {
  valid: [
    {
      name: "children at or above an averaged parent's target, within the tolerance",
      tables: {
        kpi: [
          header,
          parent,
          ["K1.1", "District 1", "G1", "درصد", null, 85, "K1", null],
          ["K1.2", "District 2", "G1", "%", "increase", 80, "K1", null],
          ["K1.3", "District 3", "G1", "%", null, 79.7, "K1", null],
        ],
      },
    },
    {
      name: "shares of a summed parent may each be smaller (cascade-sum-mismatch judges the total)",
      tables: {
        kpi: [
          header,
          ["K1", "Bins installed", "G1", "count", "increase", 1000, null, null],
          ["K1.1", "District 1", "G1", "count", null, 400, "K1", null],
          ["K1.2", "District 2", "G1", "count", null, 600, "K1", null],
        ],
      },
    },
    {
      name: "lower is better: children at or below the parent",
      tables: {
        kpi: [
          header,
          ["K1", "Response time", "G1", "day", "کاهشی", 10, null, "میانگین"],
          ["K1.1", "District 1", "G1", "روز", null, 8, "K1", null],
          ["K1.2", "District 2", "G1", "day", null, "۱۰", "K1", null],
        ],
      },
    },
    {
      name: "maintain, no direction, a missing target or another unit are not judged",
      tables: {
        kpi: [
          header,
          ["K1", "Rate", "G1", "%", "ثابت", 80, null, null],
          ["K1.1", "a", "G1", "%", null, 50, "K1", null],
          ["K2", "Score", "G1", "score", null, 80, null, null],
          ["K2.1", "b", "G1", "score", null, 50, "K2", null],
          ["K3", "Rate", "G1", "%", "increase", null, null, null],
          ["K3.1", "c", "G1", "%", null, 50, "K3", null],
          ["K4", "Rate", "G1", "%", "increase", 80, null, null],
          ["K4.1", "d", "G1", "%", null, null, "K4", null],
          ["K4.2", "e", "G1", "score", null, 50, "K4", null],
        ],
      },
    },
    {
      name: "below a maximum (higher is better) or above a minimum (lower is better) is normal",
      tables: {
        kpi: [
          header,
          ["K1", "Best district's coverage", "G1", "%", "increase", 90, null, "max"],
          ["K1.1", "District 1", "G1", "%", null, 60, "K1", null],
          ["K2", "Fastest response", "G1", "day", "decrease", 2, null, "min"],
          ["K2.1", "District 1", "G1", "day", null, 5, "K2", null],
        ],
      },
    },
    {
      name: "the child's own direction wins over the parent's",
      tables: {
        kpi: [
          header,
          parent,
          ["K1.1", "Residual waste share", "G1", "%", "decrease", 20, "K1", null],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a district's rate below the higher-level plan's average target",
      tables: {
        register: registerTable([
          "KPI",
          "P-K1",
          "Recycling rate",
          null,
          null,
          "P-G1",
          "%",
          "increase",
          40,
          "average",
        ]),
        kpi: [header, ["K1", "Recycling, district 1", "G1", "%", "increase", 30, "P-K1", null]],
      },
      findings: [{ sheet: "kpi", cell: "F2", id: "K1" }],
    },
    {
      name: "a district aiming below the averaged city-wide rate",
      tables: {
        kpi: [
          header,
          parent,
          ["K1.1", "District 1", "G1", "%", null, 85, "K1", null],
          ["K1.2", "District 2", "G1", "%", null, 70, "K1", null],
        ],
      },
      findings: [
        {
          sheet: "kpi",
          cell: "F4",
          id: "K1.2",
          message: "Target 70 is weaker than the target 80 of parent KPI K1.",
        },
      ],
    },
    {
      name: "lower is better under a declared maximum, targets in Persian digits",
      tables: {
        kpi: [
          header,
          ["ش-۱", "Response time", "G1", "روز", "کاهشی", "۱۰", null, "بیشینه"],
          ["ش-۱-۱", "District 1", "G1", "day", null, "۱۲", "ش-1", null],
          ["ش-۱-۲", "District 2", "G1", "day", null, "۹", "ش-1", null],
        ],
      },
      findings: [{ sheet: "kpi", cell: "F3", id: "ش-۱-۱" }],
    },
    {
      name: "counts judged when the configuration aggregates by minimum",
      config: { kpiAggregation: "min" },
      tables: {
        kpi: [
          header,
          ["K1", "Parks opened", "G1", "count", "increase", 10, null, null],
          ["K1.1", "District 1", "G1", "count", null, 4, "K1", null],
        ],
      },
      findings: [{ sheet: "kpi", cell: "F3", id: "K1.1" }],
    },
    {
      name: "no tolerance: a fraction below the parent is weaker",
      config: { tolerance: 0 },
      tables: {
        kpi: [header, parent, ["K1.1", "District 1", "G1", "%", null, 79.7, "K1", null]],
      },
      findings: [{ sheet: "kpi", cell: "F3", id: "K1.1" }],
    },
  ],
});

test("target-below-policy points back at the parent's target", () => {
  const [finding] = findingsOf(targetBelowPolicy, {
    kpi: [header, parent, ["K1.1", "District 1", "G1", "%", null, 70, "K1", null]],
  });
  expect(finding.related).toEqual([{ sheet: "kpi", cell: "F2" }]);
});
