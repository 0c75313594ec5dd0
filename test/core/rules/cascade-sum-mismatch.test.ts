import { cascadeSumMismatch } from "../../../src/core/rules/cascade-sum-mismatch";
import { findingsOf, registerTable, testRule } from "./rule-tester";

const header = ["id", "name", "goal", "unit", "target", "parent", "aggregation"];

testRule(cascadeSumMismatch, {
  valid: [
    {
      name: "one district's share of the higher-level plan's KPI is not judged alone",
      tables: {
        register: registerTable([
          "KPI",
          "P-K1",
          "Service centres",
          null,
          null,
          "P-G1",
          "count",
          "increase",
          30,
          "sum",
        ]),
        kpi: [header, ["K1", "Centres", "G1", "count", 10, "P-K1", null]],
      },
    },
    {
      name: "counts: the children's targets add up to the parent's",
      tables: {
        kpi: [
          header,
          ["K1", "Bins installed", "G1", "عدد", 1000, null, null],
          ["K1.1", "District 1", "G1", "count", 400, "K1", null],
          ["K1.2", "District 2", "G1", "count", "۶۰۰", "K1", null],
        ],
      },
    },
    {
      name: "percent: the children average to the parent (auto)",
      tables: {
        kpi: [
          header,
          ["K1", "Recycling rate", "G1", "درصد", 80, null, null],
          ["K1.1", "District 1", "G1", "%", 70, "K1", null],
          ["K1.2", "District 2", "G1", "%", 90, "K1", null],
        ],
      },
    },
    {
      name: "within the tolerance (0.5 % by default)",
      tables: {
        kpi: [
          header,
          ["K1", "Bins", "G1", "count", 1000, null, null],
          ["K1.1", "a", "G1", "count", 502, "K1", null],
          ["K1.2", "b", "G1", "count", 502, "K1", null],
        ],
      },
    },
    {
      name: "a child without a target, or a parent without one, is not judged",
      tables: {
        kpi: [
          header,
          ["K1", "Bins", "G1", "count", 1000, null, null],
          ["K1.1", "a", "G1", "count", 400, "K1", null],
          ["K1.2", "b", "G1", "count", null, "K1", null],
          ["K2", "Parks", "G1", "count", null, null, null],
          ["K2.1", "c", "G1", "count", 5, "K2", null],
        ],
      },
    },
    {
      name: "declared minimum and maximum",
      tables: {
        kpi: [
          header,
          ["K1", "Lowest district score", "G1", "score", 60, null, "کمینه"],
          ["K1.1", "a", "G1", "score", 60, "K1", null],
          ["K1.2", "b", "G1", "score", 75, "K1", null],
          ["K2", "Longest response", "G1", "day", 10, null, "max"],
          ["K2.1", "c", "G1", "day", 10, "K2", null],
          ["K2.2", "d", "G1", "day", 4, "K2", null],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "districts judged together: their targets fall short of the higher-level plan's sum",
      tables: {
        register: registerTable([
          "KPI",
          "P-K1",
          "Service centres",
          null,
          null,
          "P-G1",
          "count",
          "increase",
          30,
          "sum",
        ]),
        kpi: [
          [...header, "district"],
          ["K1", "Centres, district 1", "G1", "count", 10, "P-K1", null, "District 1"],
          ["K2", "Centres, district 2", "G2", "count", 15, "P-K1", null, "District 2"],
        ],
      },
      findings: [{ sheet: "register", cell: "I7", id: "P-K1" }],
    },
    {
      name: "counts that add up to more than the parent promises",
      tables: {
        kpi: [
          header,
          ["K1", "Bins installed", "G1", "count", 1000, null, null],
          ["K1.1", "District 1", "G1", "count", 400, "K1", null],
          ["K1.2", "District 2", "G1", "count", 500, "K1", null],
          ["K1.3", "District 3", "G1", "count", 300, "K1", null],
        ],
      },
      findings: [
        {
          sheet: "kpi",
          cell: "E2",
          id: "K1",
          message:
            "The sum of the targets of its 3 child KPIs is 1,200, not this KPI's target 1,000.",
        },
      ],
    },
    {
      name: "percent children whose average misses the parent (auto)",
      tables: {
        kpi: [
          header,
          ["K1", "Recycling rate", "G1", "%", 80, null, null],
          ["K1.1", "District 1", "G1", "%", 70, "K1", null],
          ["K1.2", "District 2", "G1", "%", 80, "K1", null],
        ],
      },
      findings: [
        {
          sheet: "kpi",
          cell: "E2",
          id: "K1",
          message:
            "The average of the targets of its 2 child KPIs is 75, not this KPI's target 80.",
        },
      ],
    },
    {
      name: "declared minimum and maximum that no child reaches, Persian words",
      tables: {
        kpi: [
          header,
          ["K1", "Lowest district score", "G1", "score", 60, null, "حداقل"],
          ["K1.1", "a", "G1", "score", 70, "K1", null],
          ["K1.2", "b", "G1", "score", 75, "K1", null],
          ["K2", "Longest response", "G1", "day", 10, null, "بیشینه"],
          ["K2.1", "c", "G1", "day", 8, "K2", null],
          ["K2.2", "d", "G1", "day", 4, "K2", null],
        ],
      },
      findings: [
        {
          sheet: "kpi",
          cell: "E2",
          id: "K1",
          message: "The min of the targets of its 2 child KPIs is 70, not this KPI's target 60.",
        },
        { sheet: "kpi", cell: "E5", id: "K2" },
      ],
    },
    {
      name: "the configuration's aggregation applies when the parent declares none",
      config: { kpiAggregation: "average" },
      tables: {
        kpi: [
          header,
          ["K1", "Bins", "G1", "count", 1000, null, null],
          ["K1.1", "a", "G1", "count", 500, "K1", null],
          ["K1.2", "b", "G1", "count", 500, "K1", null],
          ["K2", "Parks", "G1", "count", 10, null, "sum"],
          ["K2.1", "c", "G1", "count", 5, "K2", null],
          ["K2.2", "d", "G1", "count", 5, "K2", null],
        ],
      },
      findings: [{ sheet: "kpi", cell: "E2", id: "K1" }],
    },
    {
      name: "no tolerance: a small gap counts",
      config: { tolerance: 0 },
      tables: {
        kpi: [
          header,
          ["K1", "Bins", "G1", "count", 1000, null, null],
          ["K1.1", "a", "G1", "count", 502, "K1", null],
          ["K1.2", "b", "G1", "count", 502, "K1", null],
        ],
      },
      findings: [{ sheet: "kpi", cell: "E2", id: "K1" }],
    },
  ],
});

describe("cascade-sum-mismatch details", () => {
  const tables = {
    kpi: [
      header,
      ["K1", "Bins", "G1", "count", 1000, null, null],
      ["K1.1", "a", "G1", "count", 400, "K1", null],
      ["K1.2", "b", "G1", "count", 500, "K1", null],
    ],
  };

  test("points at the children's targets", () => {
    const [finding] = findingsOf(cascadeSumMismatch, tables);
    expect(finding.related).toEqual([
      { sheet: "kpi", cell: "E3" },
      { sheet: "kpi", cell: "E4" },
    ]);
  });

  test("names the aggregation in Persian with Persian digits", () => {
    const [finding] = findingsOf(cascadeSumMismatch, tables, undefined, "fa");
    expect(finding.message).toBe(
      "جمع مقادیر هدف ۲ زیرشاخص آن برابر ۹۰۰ است و با مقدار هدف این شاخص (۱٬۰۰۰) نمی‌خواند."
    );
  });

  test("points at no more than 20 children", () => {
    const children = Array.from({ length: 25 }, (_, i) => [
      `K1.${i}`,
      "c",
      "G1",
      "count",
      1,
      "K1",
      null,
    ]);
    const [finding] = findingsOf(cascadeSumMismatch, {
      kpi: [header, ["K1", "Bins", "G1", "count", 1000, null, null], ...children],
    });
    expect(finding.related).toHaveLength(20);
  });
});
