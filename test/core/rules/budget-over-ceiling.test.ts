import { budgetOverCeiling } from "../../../src/core/rules/budget-over-ceiling";
import { findingsOf, registerTable, testRule } from "./rule-tester";

const goalHeader = ["id", "title", "parent", "budgetCeiling"];
const initiativeHeader = ["id", "title", "goal"];
const budgetHeader = ["initiative", "year", "kind", "approved"];

testRule(budgetOverCeiling, {
  valid: [
    {
      name: "a goal's initiatives within its ceiling; revenue lines do not count",
      tables: {
        goal: [goalHeader, ["G1", "Lower costs", null, 500]],
        initiative: [initiativeHeader, ["I1", "a", "G1"], ["I2", "b", "G1"]],
        budget: [
          budgetHeader,
          ["I1", 1402, "هزینه", 200],
          ["I2", 1402, null, 250],
          ["I2", 1402, "درآمد", 1000],
        ],
      },
    },
    {
      name: "within the tolerance (0.5 % by default), ceiling in Persian digits",
      tables: {
        goal: [goalHeader, ["G1", "Lower costs", null, "۵۰۰"]],
        initiative: [initiativeHeader, ["I1", "a", "G1"]],
        budget: [budgetHeader, ["I1", 1402, null, 502]],
      },
    },
    {
      name: "a policy within its ceiling: a goal citing it and its sub-policy counts once",
      tables: {
        policy: [
          ["id", "title", "parent", "budgetCeiling"],
          ["P1", "More services", null, 1000],
          ["P1.1", "Cleaner streets", "P1", null],
        ],
        goal: [
          ["id", "title", "policies"],
          ["G1", "a", "P1"],
          ["G2", "b", "P1; P1.1"],
        ],
        initiative: [initiativeHeader, ["I1", "a", "G1"], ["I2", "b", "G2"]],
        budget: [budgetHeader, ["I1", 1402, null, 600], ["I2", 1402, null, 400]],
      },
    },
    {
      name: "goals whose parent links loop, within their ceilings",
      tables: {
        goal: [goalHeader, ["G1", "a", "G2", 500], ["G2", "b", "G1", 500]],
        initiative: [initiativeHeader, ["I1", "a", "G1"], ["I2", "b", "G2"]],
        budget: [budgetHeader, ["I1", 1402, null, 200], ["I2", 1402, null, 300]],
      },
    },
  ],
  invalid: [
    {
      name: "the plan's initiatives beneath a higher-level goal exceed its ceiling",
      tables: {
        register: registerTable([
          "Goal",
          "P-G1",
          "Lower costs",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          300,
        ]),
        goal: [goalHeader, ["G1", "Cheaper collection", "P-G1", null]],
        initiative: [initiativeHeader, ["I1", "a", "G1"]],
        budget: [budgetHeader, ["I1", 1402, null, 400]],
      },
      findings: [{ sheet: "register", cell: "K7", id: "P-G1" }],
    },
    {
      name: "a goal's own and its sub-goal's initiatives over its ceiling",
      tables: {
        goal: [goalHeader, ["G1", "Lower costs", null, 500], ["G1.1", "Cheaper fleet", "G1", 400]],
        initiative: [initiativeHeader, ["I1", "a", "G1"], ["I2", "b", "G1.1"]],
        budget: [
          budgetHeader,
          ["I1", 1402, null, 300],
          ["I2", 1402, null, 200],
          ["I2", 1403, null, 100],
        ],
      },
      findings: [
        {
          sheet: "goal",
          cell: "D2",
          id: "G1",
          message:
            "The approved cost of the initiatives beneath it is 600, above its budget ceiling 500.",
        },
      ],
    },
    {
      name: "wide budget: every year's approval counts",
      tables: {
        goal: [goalHeader, ["G1", "Lower costs", null, 500]],
        initiative: [initiativeHeader, ["I1", "a", "G1"]],
        budget: [
          ["initiative", "approved@1402", "approved@1403#grant", "spent@1403"],
          ["I1", 300, 250, 10],
        ],
      },
      findings: [{ sheet: "goal", cell: "D2", id: "G1" }],
    },
    {
      name: "a policy: goals citing it or its sub-policy, and their sub-goals, each initiative once",
      tables: {
        policy: [
          ["id", "title", "parent", "budgetCeiling"],
          ["P1", "More services", null, 1000],
          ["P1.1", "Cleaner streets", "P1", 800],
        ],
        goal: [
          ["id", "title", "policies", "parent"],
          ["G1", "a", "P1", null],
          ["G2", "b", "P1.1، P1", null],
          ["G2.1", "c", null, "G2"],
        ],
        initiative: [initiativeHeader, ["I1", "a", "G1"], ["I2", "b", "G2"], ["I3", "c", "G2.1"]],
        budget: [
          budgetHeader,
          ["I1", 1402, null, 400],
          ["I2", 1402, null, 400],
          ["I3", 1402, null, 300],
          ["I3", 1402, "revenue", 900],
        ],
      },
      findings: [{ sheet: "policy", cell: "D2", id: "P1" }],
    },
    {
      name: "goals in a loop share their total, with the goals hanging below it",
      tables: {
        goal: [
          goalHeader,
          ["G1", "a", "G2", 300],
          ["G2", "b", "G1", null],
          ["G3", "c", "G2", 1000],
        ],
        initiative: [initiativeHeader, ["I1", "a", "G1"], ["I2", "b", "G2"], ["I3", "c", "G3"]],
        budget: [
          budgetHeader,
          ["I1", 1402, null, 100],
          ["I2", 1402, null, 100],
          ["I3", 1402, null, 150],
        ],
      },
      findings: [{ sheet: "goal", cell: "D2", id: "G1" }],
    },
    {
      name: "no tolerance: any excess counts",
      config: { tolerance: 0 },
      tables: {
        goal: [goalHeader, ["G1", "Lower costs", null, 500]],
        initiative: [initiativeHeader, ["I1", "a", "G1"]],
        budget: [budgetHeader, ["I1", 1402, null, 502]],
      },
      findings: [{ sheet: "goal", cell: "D2", id: "G1" }],
    },
  ],
});

test("budget-over-ceiling in Persian, with Persian digits", () => {
  const [finding] = findingsOf(
    budgetOverCeiling,
    {
      goal: [goalHeader, ["G1", "کاهش هزینه‌ها", null, 500]],
      initiative: [initiativeHeader, ["I1", "a", "G1"]],
      budget: [budgetHeader, ["I1", 1402, null, 600]],
    },
    undefined,
    "fa"
  );
  expect(finding.message).toBe(
    "جمع اعتبار مصوب هزینه‌ای اقدام‌های زیرمجموعهٔ آن ۶۰۰ است و از سقف اعتبار (۵۰۰) بالاتر است."
  );
});
