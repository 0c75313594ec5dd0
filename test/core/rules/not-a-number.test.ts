import { notANumber } from "../../../src/core/rules/not-a-number";
import { findingsOf, testRule } from "./rule-tester";

testRule(notANumber, {
  valid: [
    {
      name: "numbers as Persian planners write them",
      tables: {
        kpi: [
          ["id", "name", "goal", "baseline", "target", "actual"],
          ["K1", "a", "G1", "۱۲٬۵۰۰", "۱۵٬۰۰۰", 13000],
          ["K2", "b", "G1", "۲/۵", "۳٫۵", "2.75"],
          ["K3", "c", "G1", "80%", "۹۰٪", "۸۵ درصد"],
          ["K4", "d", "G1", "(1,200)", "-500", "+20"],
          ["K5", "e", "G1", null, "  ", ""],
        ],
      },
    },
    {
      name: "budget amounts, weights and wide columns",
      tables: {
        initiative: [
          ["id", "title", "goal", "weight"],
          ["I1", "a", "G1", "۳۰"],
        ],
        budget: [
          ["initiative", "approved@1402", "spent@1402"],
          ["I1", "1,250,000", "۹۸۰٬۰۰۰"],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a number in words and a unit typed into the cell",
      tables: {
        kpi: [
          ["id", "name", "goal", "baseline", "target"],
          ["K1", "a", "G1", "دوازده", "12 tonnes"],
        ],
      },
      findings: [
        { sheet: "kpi", cell: "D2", id: "K1" },
        {
          sheet: "kpi",
          cell: "E2",
          id: "K1",
          message: 'The target cell holds "12 tonnes", which is not a number.',
        },
      ],
    },
    {
      name: "an Excel error and a boolean",
      tables: {
        kpi: [
          ["id", "name", "goal", "actual", "baseline"],
          ["K1", "a", "G1", { error: "#N/A" }, true],
        ],
      },
      findings: [
        {
          sheet: "kpi",
          cell: "D2",
          id: "K1",
          message: 'The actual cell holds "#N/A", which is not a number.',
        },
        {
          sheet: "kpi",
          cell: "E2",
          id: "K1",
          message: 'The baseline cell holds "TRUE", which is not a number.',
        },
      ],
    },
    {
      name: "wide targets and budget amounts, named by the code they refer to",
      tables: {
        kpi: [
          ["id", "name", "goal", "target@1402", "target@1403"],
          ["K1", "a", "G1", "10", "نامشخص"],
        ],
        budget: [
          ["initiative", "year", "approved", "spent"],
          ["I1", 1402, "۱۰ میلیارد", "-"],
        ],
      },
      findings: [
        { sheet: "kpi", cell: "E2", id: "K1" },
        {
          sheet: "budget",
          cell: "C2",
          id: "I1",
          message: 'The approved cell holds "۱۰ میلیارد", which is not a number.',
        },
        { sheet: "budget", cell: "D2", id: "I1" },
      ],
    },
    {
      name: "an actual's value in the long layout, and a goal's weight",
      tables: {
        goal: [
          ["id", "title", "weight"],
          ["G1", "a", "زیاد"],
        ],
        "kpi-actuals": [
          ["kpi", "period", "value"],
          ["K1", "1402", "n/a"],
        ],
      },
      findings: [
        { sheet: "goal", cell: "C2", id: "G1" },
        { sheet: "kpi-actuals", cell: "C2", id: "K1" },
      ],
    },
  ],
});

test("the Persian message names the field and quotes the cell", () => {
  const [f] = findingsOf(
    notANumber,
    {
      kpi: [
        ["id", "name", "baseline"],
        ["K1", "a", "دوازده"],
      ],
    },
    undefined,
    "fa"
  );
  expect(f.message).toBe("مقدار «دوازده» در خانهٔ «مقدار پایه» عدد نیست.");
});
