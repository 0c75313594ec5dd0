import { unlinkedBudgetLine } from "../../../src/core/rules/unlinked-budget-line";
import { testRule } from "./rule-tester";

testRule(unlinkedBudgetLine, {
  valid: [
    {
      name: "every line names an initiative (whether it exists is unknown-reference's concern)",
      tables: {
        budget: [
          ["initiative", "year", "approved"],
          ["I1", 1402, 10],
          ["I9", "۱۴۰۳", 5],
        ],
      },
    },
    {
      name: "wide rows that name their initiative",
      tables: {
        budget: [
          ["initiative", "approved@1402", "spent@1402", "approved@1403"],
          ["I1", 10, 4, 12],
        ],
      },
    },
    {
      name: "a wide row with no amount and no initiative gives no line",
      tables: {
        budget: [
          ["initiative", "source", "approved@1402", "approved@1403"],
          ["I1", "grant", 10, 12],
          [null, "grant", null, null],
        ],
      },
    },
    {
      name: "not judged when the budget sheet has no initiative column",
      tables: {
        budget: [
          ["year", "approved"],
          [1402, 10],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a long-layout line without its initiative",
      tables: {
        budget: [
          ["year", "initiative", "approved"],
          [1402, "I1", 10],
          [1402, null, 7],
        ],
      },
      findings: [
        {
          sheet: "budget",
          cell: "B3",
          message:
            "This budget line names no initiative, so its money is tied to nothing in the plan.",
        },
      ],
    },
    {
      name: "a wide row of several years and sources is reported once",
      tables: {
        budget: [
          ["initiative", "approved@1402", "spent@1402", "approved@1403#grant", "approved@1403"],
          ["", 10, 4, 3, 12],
          ["I2", 1, null, null, null],
          [null, null, null, null, 8],
        ],
      },
      findings: [
        { sheet: "budget", cell: "A2" },
        { sheet: "budget", cell: "A4" },
      ],
    },
    {
      name: "an initiative cell holding only spaces and bidi marks",
      tables: {
        budget: [
          ["initiative", "year", "spent"],
          ["  \u200f ", 1402, 3],
        ],
      },
      findings: [{ sheet: "budget", cell: "A2" }],
    },
  ],
});
