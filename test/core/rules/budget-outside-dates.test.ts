import { budgetOutsideDates } from "../../../src/core/rules/budget-outside-dates";
import { findingsOf, testRule } from "./rule-tester";

const initiative = [
  ["id", "title", "goal", "start", "end"],
  ["I1", "a", "G1", "1400/06/01", "1402/03/15"],
  ["I2", "b", "G1", "1401", null],
  ["I3", "c", "G1", null, null],
];

testRule(budgetOutsideDates, {
  valid: [
    {
      name: "long layout: Jalali and Gregorian years within the initiative's years",
      tables: {
        initiative,
        budget: [
          ["initiative", "year", "approved"],
          ["I1", 1400, 10],
          ["i1", "۱۴۰۲", 10],
          ["I1", 2021, 10],
          ["I1", "2023", 10],
          ["I2", 1405, 10],
        ],
      },
    },
    {
      name: "wide layout within the years",
      tables: {
        initiative,
        budget: [
          ["initiative", "approved@1400", "spent@1400", "approved@1401", "approved@1402"],
          ["I1", 10, 5, 10, 10],
        ],
      },
    },
    {
      name: "nothing to compare: no dates, unknown initiative, no year, unreadable year",
      tables: {
        initiative,
        budget: [
          ["initiative", "year", "approved"],
          ["I3", 1390, 10],
          ["I9", 1390, 10],
          ["I1", null, 10],
          ["I1", "next year", 10],
          [null, 1390, 10],
        ],
      },
    },
    {
      name: "a wide year in neither calendar is not judged",
      tables: {
        initiative,
        budget: [
          ["initiative", "approved@98", "approved@1250"],
          ["I1", 10, 10],
        ],
      },
    },
    {
      name: "initiatives not mapped",
      tables: {
        budget: [
          ["initiative", "year", "approved"],
          ["I1", 1390, 10],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "long layout: Jalali years before and after, in Persian digits",
      tables: {
        initiative,
        budget: [
          ["initiative", "year", "approved"],
          ["I1", "۱۳۹۹", 10],
          ["I1", 1403, 10],
          ["I2", 1400, 10],
        ],
      },
      findings: [
        {
          sheet: "budget",
          cell: "B2",
          id: "I1",
          message: "Budget for 1399 lies outside the years of initiative I1 (1400–1402).",
        },
        { sheet: "budget", cell: "B3", id: "I1" },
        {
          sheet: "budget",
          cell: "B4",
          id: "I2",
          message: "Budget for 1400 lies outside the years of initiative I2 (from 1401 on).",
        },
      ],
    },
    {
      name: "Gregorian years are compared with Gregorian years",
      tables: {
        initiative,
        budget: [
          ["year", "initiative", "spent"],
          [2020, "I1", 10],
          [2024, "I1", 10],
        ],
      },
      findings: [
        {
          sheet: "budget",
          cell: "A2",
          id: "I1",
          message: "Budget for 2020 lies outside the years of initiative I1 (2021–2023).",
        },
        { sheet: "budget", cell: "A3", id: "I1" },
      ],
    },
    {
      name: "wide layout: reported at the year's amount column",
      tables: {
        initiative,
        budget: [
          ["initiative", "approved@1399", "spent@1399", "approved@1401", "spent@1403"],
          ["I1", 10, 5, 10, 3],
          ["I1", null, 5, 10, null],
        ],
      },
      findings: [
        { sheet: "budget", cell: "B2", id: "I1" },
        { sheet: "budget", cell: "E2", id: "I1" },
        { sheet: "budget", cell: "C3", id: "I1" },
      ],
    },
  ],
});

test("Persian message, and the initiative's dates as related cells", () => {
  const [f] = findingsOf(
    budgetOutsideDates,
    {
      initiative,
      budget: [
        ["initiative", "year", "approved"],
        ["I1", 1399, 10],
      ],
    },
    undefined,
    "fa"
  );
  expect(f.message).toBe("بودجهٔ سال ۱۳۹۹ بیرون از سال‌های اجرای اقدام I1 (۱۴۰۰ تا ۱۴۰۲) است.");
  expect(f.related).toEqual([
    { sheet: "initiative", cell: "D2" },
    { sheet: "initiative", cell: "E2" },
  ]);
});
