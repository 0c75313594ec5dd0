import { missingRequired } from "../../../src/core/rules/missing-required";
import { testRule } from "./rule-tester";

testRule(missingRequired, {
  valid: [
    {
      name: "every required field filled",
      tables: {
        goal: [
          ["id", "title"],
          ["G1", "Goal"],
        ],
        initiative: [
          ["id", "title", "goal"],
          ["I1", "Init", "G1"],
        ],
        kpi: [
          ["id", "name", "initiative"],
          ["K1", "KPI", "I1"],
        ],
        "kpi-actuals": [
          ["kpi", "period", "value"],
          ["K1", "1402-Q1", 5],
        ],
      },
    },
    {
      name: "an unmapped column is not reported row by row",
      tables: {
        initiative: [
          ["id", "title"],
          ["I1", "no goal column mapped"],
        ],
      },
    },
    {
      name: "wide actuals need no period or value column",
      tables: {
        "kpi-actuals": [
          ["kpi", "actual@1402-Q1"],
          ["K1", 3],
        ],
      },
    },
    {
      name: "an unreadable value is not-a-number's finding, not a missing one",
      tables: {
        "kpi-actuals": [
          ["kpi", "period", "value"],
          ["K1", "1402-Q1", "n/a"],
        ],
      },
    },
    {
      name: "an unreadable wide value is not reported as missing either",
      tables: {
        "kpi-actuals": [
          ["kpi", "actual@1402-Q1", "actual@1402-Q2"],
          ["K1", "n/a", 4],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a goal without code or title",
      tables: {
        goal: [
          ["id", "title"],
          [null, "Goal"],
          ["G2", "  "],
        ],
      },
      findings: [
        { sheet: "goal", cell: "A2", message: "The code is empty, and this row needs one." },
        {
          sheet: "goal",
          cell: "B3",
          id: "G2",
          message: "The title is empty, and this row needs one.",
        },
      ],
    },
    {
      name: "an initiative without its goal",
      tables: {
        initiative: [
          ["id", "title", "goal"],
          ["I1", "Init", ""],
        ],
      },
      findings: [{ sheet: "initiative", cell: "C2", id: "I1" }],
    },
    {
      name: "a KPI linked to neither goal nor initiative",
      tables: {
        kpi: [
          ["id", "name", "goal", "initiative"],
          ["K1", "KPI", null, null],
        ],
      },
      findings: [{ sheet: "kpi", cell: "C2", id: "K1" }],
    },
    {
      name: "an actual without KPI, period or value",
      tables: {
        "kpi-actuals": [
          ["kpi", "period", "value"],
          [null, "1402", 1],
          ["K1", null, null],
        ],
      },
      findings: [
        { sheet: "kpi-actuals", cell: "A2" },
        { sheet: "kpi-actuals", cell: "B3", id: "K1" },
        { sheet: "kpi-actuals", cell: "C3", id: "K1" },
      ],
    },
    {
      name: "a wide actuals row without its KPI is reported once, not once per quarter",
      tables: {
        "kpi-actuals": [
          ["kpi", "actual@1402-Q1", "actual@1402-Q2"],
          [null, 1, 2],
        ],
      },
      findings: [{ sheet: "kpi-actuals", cell: "A2" }],
    },
  ],
});
