import { goalWithoutKpis } from "../../../src/core/rules/goal-without-kpis";
import { testRule } from "./rule-tester";

testRule(goalWithoutKpis, {
  valid: [
    {
      name: "a KPI on the goal itself, Persian digits included",
      tables: {
        goal: [
          ["id", "title"],
          ["G1", "a"],
        ],
        kpi: [
          ["id", "name", "goal"],
          ["K1", "k", "G۱"],
        ],
      },
    },
    {
      name: "a KPI on one of the goal's initiatives",
      tables: {
        goal: [
          ["id", "title"],
          ["G1", "a"],
        ],
        initiative: [
          ["id", "title", "goal"],
          ["I1", "i", "G1"],
          ["I2", "unmeasured, still fine", "G1"],
        ],
        kpi: [
          ["id", "name", "initiative"],
          ["K1", "k", "I1"],
        ],
      },
    },
    {
      name: "a KPI deep below, on an initiative of a sub-sub-goal",
      tables: {
        goal: [
          ["id", "title", "parent"],
          ["G1", "top", null],
          ["G1-1", "middle", "G1"],
          ["G1-1-1", "bottom", "G1-1"],
        ],
        initiative: [
          ["id", "title", "goal"],
          ["I1", "i", "G1-1-1"],
        ],
        kpi: [
          ["id", "name", "goal", "initiative"],
          ["K1", "k", null, "I1"],
        ],
      },
    },
    {
      name: "a loop of goals in which one is measured",
      tables: {
        goal: [
          ["id", "title", "parent"],
          ["G1", "a", "G2"],
          ["G2", "b", "G1"],
        ],
        kpi: [
          ["id", "name", "goal"],
          ["K1", "k", "G1"],
        ],
      },
    },
    {
      name: "not judged when no KPI sheet is mapped",
      tables: {
        goal: [
          ["id", "title"],
          ["G1", "a"],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a goal with initiatives that no KPI measures",
      tables: {
        goal: [
          ["id", "title"],
          ["G1", "a"],
          ["G2", "b"],
        ],
        initiative: [
          ["id", "title", "goal"],
          ["I1", "i", "G1"],
          ["I2", "i", "G2"],
        ],
        kpi: [
          ["id", "name", "initiative"],
          ["K1", "k", "I1"],
        ],
      },
      findings: [
        {
          sheet: "goal",
          cell: "A3",
          id: "G2",
          message:
            "Nothing measures goal G2: no KPI on it, on its initiatives or on the goals below it.",
        },
      ],
    },
    {
      name: "a measured sub-goal covers its parent, not its siblings; unmeasured branches report every goal",
      tables: {
        goal: [
          ["title", "id", "parent"],
          ["top", "G1", null],
          ["measured", "G1-1", "G1"],
          ["sibling", "G1-2", "G1"],
          ["other top", "G2", null],
          ["under other top", "G2-1", "G2"],
        ],
        kpi: [
          ["id", "name", "goal"],
          ["K1", "k", "G1-1"],
          ["K2", "goal not in the plan", "G9"],
        ],
      },
      findings: [
        { sheet: "goal", cell: "B4", id: "G1-2" },
        { sheet: "goal", cell: "B5", id: "G2" },
        { sheet: "goal", cell: "B6", id: "G2-1" },
      ],
    },
    {
      name: "a loop of unmeasured goals, and a KPI sheet with no rows",
      tables: {
        goal: [
          ["id", "title", "parent"],
          ["G1", "a", "G2"],
          ["G2", "b", "G1"],
        ],
        kpi: [["id", "name", "goal"]],
      },
      findings: [
        { sheet: "goal", cell: "A2", id: "G1" },
        { sheet: "goal", cell: "A3", id: "G2" },
      ],
    },
  ],
});
