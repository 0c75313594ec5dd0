import { unknownReference } from "../../../src/core/rules/unknown-reference";
import { testRule } from "./rule-tester";

const policy = [
  ["id", "title"],
  ["P1", "Policy"],
];
const goal = [
  ["id", "title", "policies"],
  ["G1", "Goal", "P1"],
];

testRule(unknownReference, {
  valid: [
    {
      name: "every link resolves, Persian digits against Latin ones included",
      tables: {
        policy: [
          ["id", "title"],
          ["P-1", "a"],
          ["P-2", "b"],
        ],
        goal: [
          ["id", "title", "policies", "parent"],
          ["G1", "a", "P-1، P-2", null],
          ["G۲", "b", "p-۱", "G1"],
        ],
        initiative: [
          ["id", "title", "goal"],
          ["I1", "i", "G2"],
        ],
        kpi: [
          ["id", "name", "goal", "initiative", "parent"],
          ["K1", "k", "G1", null, null],
          ["K2", "k", null, "I1", "K1"],
        ],
        "kpi-actuals": [
          ["kpi", "period", "value"],
          ["K2", "1402", 1],
        ],
        budget: [
          ["initiative", "year", "approved"],
          ["I1", 1402, 10],
        ],
      },
    },
    {
      name: "links to a role that is not mapped are not judged",
      tables: {
        initiative: [
          ["id", "title", "goal"],
          ["I1", "i", "G9"],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a goal citing a policy that does not exist, among several",
      tables: {
        policy,
        goal: [
          ["id", "title", "policies"],
          ["G1", "Goal", "P1; P7"],
        ],
      },
      findings: [
        {
          sheet: "goal",
          cell: "C2",
          id: "G1",
          message: "policies P7 matches no policy code in this plan.",
        },
      ],
    },
    {
      name: "an initiative, a KPI and a budget line pointing nowhere",
      tables: {
        policy,
        goal,
        initiative: [
          ["id", "title", "goal"],
          ["I1", "i", "G2"],
        ],
        kpi: [
          ["id", "name", "initiative", "parent"],
          ["K1", "k", "I1", "K0"],
        ],
        budget: [
          ["initiative", "year", "approved"],
          ["I9", 1402, 10],
        ],
      },
      findings: [
        { sheet: "initiative", cell: "C2", id: "I1" },
        { sheet: "kpi", cell: "D2", id: "K1" },
        { sheet: "budget", cell: "A2", id: "I9" },
      ],
    },
    {
      name: "an actual for an unknown KPI",
      tables: {
        kpi: [
          ["id", "name", "goal"],
          ["K1", "k", "G1"],
        ],
        "kpi-actuals": [
          ["kpi", "period", "value"],
          ["K2", "1402", 1],
        ],
      },
      findings: [{ sheet: "kpi-actuals", cell: "A2", id: "K2" }],
    },
    {
      name: "a wide row is reported once, not once per year or quarter it fills",
      tables: {
        initiative: [
          ["id", "title", "goal"],
          ["I1", "i", null],
        ],
        kpi: [
          ["id", "name", "initiative"],
          ["K1", "k", "I1"],
        ],
        "kpi-actuals": [
          ["kpi", "actual@1402-Q1", "actual@1402-Q2"],
          ["K2", 1, 2],
        ],
        budget: [
          ["initiative", "approved@1402", "spent@1402", "approved@1403"],
          ["I9", 10, 8, 12],
        ],
      },
      findings: [
        { sheet: "kpi-actuals", cell: "A2", id: "K2" },
        { sheet: "budget", cell: "A2", id: "I9" },
      ],
    },
  ],
});
