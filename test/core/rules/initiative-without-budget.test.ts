import { initiativeWithoutBudget } from "../../../src/core/rules/initiative-without-budget";
import { testRule } from "./rule-tester";

const initiative = [
  ["id", "title", "goal"],
  ["I1", "a", "G1"],
  ["I2", "b", "G1"],
];

testRule(initiativeWithoutBudget, {
  valid: [
    {
      name: "every initiative has a line in the long layout, Persian digits included",
      tables: {
        initiative,
        budget: [
          ["initiative", "year", "approved"],
          ["I1", 1402, 10],
          ["I۲", "۱۴۰۲", 5],
        ],
      },
    },
    {
      name: "every initiative has a line in the wide layout",
      tables: {
        initiative,
        budget: [
          ["initiative", "approved@1402", "approved@1403"],
          ["I1", 10, null],
          ["I2", null, 5],
        ],
      },
    },
    {
      name: "not judged when no budget sheet is mapped",
      tables: { initiative },
    },
  ],
  invalid: [
    {
      name: "an initiative no budget line names",
      tables: {
        initiative,
        budget: [
          ["initiative", "year", "approved"],
          ["I1", 1402, 10],
          ["I9", 1402, 10],
        ],
      },
      findings: [
        {
          sheet: "initiative",
          cell: "A3",
          id: "I2",
          message: "Initiative I2 has no budget line.",
        },
      ],
    },
    {
      name: "a wide row whose amounts are all empty gives no line",
      tables: {
        initiative,
        budget: [
          ["initiative", "approved@1402", "spent@1402", "approved@1403"],
          ["I1", 10, 4, null],
          ["I2", null, "", null],
        ],
      },
      findings: [{ sheet: "initiative", cell: "A3", id: "I2" }],
    },
    {
      name: "a budget sheet with no rows leaves every initiative unfunded",
      tables: {
        initiative: [
          ["title", "id", "goal"],
          ["a", "I1", "G1"],
          ["no code: missing-required's", null, "G1"],
          ["b", "I3", "G1"],
        ],
        budget: [["initiative", "year", "approved"]],
      },
      findings: [
        { sheet: "initiative", cell: "B2", id: "I1" },
        { sheet: "initiative", cell: "B4", id: "I3" },
      ],
    },
  ],
});
