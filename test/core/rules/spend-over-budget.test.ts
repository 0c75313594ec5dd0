import { spendOverBudget } from "../../../src/core/rules/spend-over-budget";
import { findingsOf, testRule } from "./rule-tester";

const long = ["initiative", "year", "source", "approved", "spent"];

testRule(spendOverBudget, {
  valid: [
    {
      name: "long layout: every line and every initiative's year within its approval",
      tables: {
        budget: [
          long,
          ["I1", 1402, "own revenue", 100, 100],
          ["I1", 1402, "grant", 50, 20],
          ["I1", 1403, "own revenue", "۲۰۰", "۱۵۰"],
          ["I2", 1402, "own revenue", 80, null],
        ],
      },
    },
    {
      name: "within the tolerance (0.5 % by default)",
      tables: {
        budget: [long, ["I1", 1402, "own revenue", 1000, 1004]],
      },
    },
    {
      name: "a lone line without an approval, and years that are not pooled",
      tables: {
        budget: [long, ["I1", 1402, "own revenue", 100, 90], ["I1", 1403, "loan", null, 30]],
      },
    },
    {
      name: "revenue collected beyond its forecast is not overspending",
      tables: {
        budget: [
          ["initiative", "year", "kind", "approved", "spent"],
          ["I1", 1402, "درآمد", 100, 160],
        ],
      },
    },
    {
      name: "a group with an unreadable amount has unknown totals",
      tables: {
        budget: [long, ["I1", 1402, "own revenue", 100, 90], ["I1", 1402, "loan", "n/a", 30]],
      },
    },
    {
      name: "wide layout within the approvals",
      tables: {
        budget: [
          ["initiative", "approved@1402", "spent@1402", "approved@1403", "spent@1403"],
          ["I1", 100, 100, 200, null],
          ["I2", 50, 10, null, null],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "long layout: a line spending more than approved",
      tables: {
        budget: [long, ["I1", 1402, "own revenue", 100, 120], ["I1", 1402, "grant", 50, 20]],
      },
      findings: [
        {
          sheet: "budget",
          cell: "E2",
          id: "I1",
          message: "Spent 120 exceeds the approved 100.",
        },
      ],
    },
    {
      name: "long layout: an initiative's year over in total, years in both digit sets",
      tables: {
        budget: [
          long,
          ["I1", 1402, "own revenue", 100, 90],
          ["I2", 1402, "own revenue", 100, 90],
          ["I1", "۱۴۰۲", "loan", null, 30],
        ],
      },
      findings: [
        {
          sheet: "budget",
          cell: "E4",
          id: "I1",
          message:
            "Spent 120 exceeds the approved 100 (total of 2 lines of initiative I1 for 1402).",
        },
      ],
    },
    {
      name: "a group with a reported line is not reported again",
      tables: {
        budget: [long, ["I1", 1402, "own revenue", 100, 150], ["I1", 1402, "loan", null, 50]],
      },
      findings: [{ sheet: "budget", cell: "E2", id: "I1" }],
    },
    {
      name: "wide layout: one year over, another within",
      tables: {
        budget: [
          ["initiative", "approved@1402", "spent@1402", "approved@1403", "spent@1403"],
          ["I1", 100, 120, 100, 90],
          ["I2", 100, 90, 100, "۱۰۱"],
        ],
      },
      findings: [
        { sheet: "budget", cell: "C2", id: "I1" },
        { sheet: "budget", cell: "E3", id: "I2" },
      ],
    },
    {
      name: "wide layout by source: the year's total over",
      tables: {
        budget: [
          [
            "initiative",
            "approved@1402#own",
            "spent@1402#own",
            "approved@1402#grant",
            "spent@1402#grant",
          ],
          ["I1", 100, 90, null, 30],
          ["I2", 100, 90, 50, 30],
        ],
      },
      findings: [{ sheet: "budget", cell: "E2", id: "I1" }],
    },
    {
      name: "no tolerance: any excess counts",
      config: { tolerance: 0 },
      tables: {
        budget: [long, ["I1", 1402, "own revenue", 1000, 1004]],
      },
      findings: [{ sheet: "budget", cell: "E2", id: "I1" }],
    },
  ],
});

describe("spend-over-budget details", () => {
  test("a line's finding points at its approved cell", () => {
    const [finding] = findingsOf(spendOverBudget, {
      budget: [long, ["I1", 1402, "own revenue", 100, 120]],
    });
    expect(finding.related).toEqual([{ sheet: "budget", cell: "D2" }]);
  });

  test("a group's finding points at the approved cells, in Persian with Persian digits", () => {
    const tables = {
      budget: [long, ["I1", 1402, "own revenue", 100, 90], ["I1", 1402, "loan", null, 30]],
    };
    const [finding] = findingsOf(spendOverBudget, tables, undefined, "fa");
    expect(finding.related).toEqual([{ sheet: "budget", cell: "D2" }]);
    expect(finding.message).toBe(
      "هزینه‌شده (۱۲۰) از اعتبار مصوب (۱۰۰) بیشتر است (جمع ۲ ردیف اقدام I1 در سال ۱۴۰۲)."
    );
  });
});
