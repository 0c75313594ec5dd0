import { initiativeWithoutKpis } from "../../../src/core/rules/initiative-without-kpis";
import { testRule } from "./rule-tester";

const initiative = [
  ["id", "title", "goal"],
  ["I1", "a", "G1"],
  ["I2", "b", "G1"],
];

testRule(initiativeWithoutKpis, {
  valid: [
    {
      name: "every initiative measured, Persian digits included",
      tables: {
        initiative,
        kpi: [
          ["id", "name", "initiative"],
          ["K1", "k", "I1"],
          ["K2", "k", "i۲"],
        ],
      },
    },
    {
      name: "not judged when the KPI sheet has no initiative column",
      tables: {
        initiative,
        kpi: [
          ["id", "name", "goal"],
          ["K1", "k", "G1"],
        ],
      },
    },
    {
      name: "not judged when the KPI sheet has no rows",
      tables: { initiative, kpi: [["id", "name", "initiative"]] },
    },
    {
      name: "not judged when no KPI sheet is mapped",
      tables: { initiative },
    },
  ],
  invalid: [
    {
      name: "an initiative no KPI names",
      tables: {
        initiative,
        kpi: [
          ["id", "name", "goal", "initiative"],
          ["K1", "k", null, "I1"],
          ["K2", "on the goal only", "G1", null],
        ],
      },
      findings: [
        {
          sheet: "initiative",
          cell: "A3",
          id: "I2",
          message: "No KPI measures initiative I2.",
        },
      ],
    },
    {
      name: "KPIs naming initiatives that do not exist measure none of these",
      tables: {
        initiative: [
          ["title", "id", "goal"],
          ["a", "I1", "G1"],
          ["no code: missing-required's", null, "G1"],
          ["b", "I3", "G1"],
        ],
        kpi: [
          ["id", "name", "initiative"],
          ["K1", "k", "I9"],
        ],
      },
      findings: [
        { sheet: "initiative", cell: "B2", id: "I1" },
        { sheet: "initiative", cell: "B4", id: "I3" },
      ],
    },
  ],
});
