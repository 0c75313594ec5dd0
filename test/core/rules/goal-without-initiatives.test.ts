import { goalWithoutInitiatives } from "../../../src/core/rules/goal-without-initiatives";
import { testRule } from "./rule-tester";

testRule(goalWithoutInitiatives, {
  valid: [
    {
      name: "every leaf goal has an initiative; a parent goal needs none of its own",
      tables: {
        goal: [
          ["id", "title", "parent"],
          ["G1", "parent", null],
          ["G1-1", "leaf", "G1"],
          ["G2", "leaf", null],
        ],
        initiative: [
          ["id", "title", "goal"],
          ["I1", "a", "G1-1"],
          ["I2", "b", "g۲"],
        ],
      },
    },
    {
      name: "not judged when no initiative sheet is mapped",
      tables: {
        goal: [
          ["id", "title"],
          ["G1", "a"],
        ],
      },
    },
    {
      name: "a goal row without a code is missing-required's",
      tables: {
        goal: [
          ["id", "title"],
          ["G1", "a"],
          [null, "b"],
        ],
        initiative: [
          ["id", "title", "goal"],
          ["I1", "a", "G1"],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a leaf goal no initiative names",
      tables: {
        goal: [
          ["id", "title"],
          ["G1", "a"],
          ["G2", "b"],
        ],
        initiative: [
          ["id", "title", "goal"],
          ["I1", "a", "G1"],
        ],
      },
      findings: [
        {
          sheet: "goal",
          cell: "A3",
          id: "G2",
          message:
            "Goal G2 has no initiatives and no sub-goals: nothing in the plan works towards it.",
        },
      ],
    },
    {
      name: "only the leaves of a branch without initiatives, a self-parent goal being a leaf",
      tables: {
        goal: [
          ["title", "id", "parent"],
          ["top", "G1", null],
          ["leaf", "G1-1", "G1"],
          ["leaf", "G1-2", "G1"],
          ["its own parent", "G2", "G2"],
        ],
        initiative: [
          ["id", "title", "goal"],
          ["I1", "a", "G1-1"],
        ],
      },
      findings: [
        { sheet: "goal", cell: "B4", id: "G1-2" },
        { sheet: "goal", cell: "B5", id: "G2" },
      ],
    },
    {
      name: "an initiative sheet with no rows leaves every leaf goal without initiatives",
      tables: {
        goal: [
          ["id", "title", "parent"],
          ["G1", "a", null],
          ["G1-1", "b", "G1"],
        ],
        initiative: [["id", "title", "goal"]],
      },
      findings: [{ sheet: "goal", cell: "A3", id: "G1-1" }],
    },
  ],
});
