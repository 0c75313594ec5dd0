import { invalidDate } from "../../../src/core/rules/invalid-date";
import { findingsOf, testRule } from "./rule-tester";

testRule(invalidDate, {
  valid: [
    {
      name: "Jalali text in any digits, ISO text, years alone, year/month, date serials",
      tables: {
        goal: [
          ["id", "title", "start", "end"],
          ["G1", "a", "۱۴۰۰/۰۱/۰۱", "۱۴۰۴/۱۲/۲۹"],
          ["G2", "b", 1400, "1403"],
          ["G3", "c", "1401/7", "1403-12-30"],
        ],
        initiative: [
          ["id", "title", "goal", "start", "end"],
          ["I1", "a", "G1", "2021-03-21", 45000],
          ["I2", "b", "G1", "\u200f۱۳۹۹/۱۲/۳۰\u200f", "٢٠٢٤-٠٢-٢٩"],
          ["I3", "c", "G1", null, "  "],
        ],
      },
    },
    {
      name: "day-first Gregorian text that reads only one way, and budget years",
      tables: {
        initiative: [
          ["id", "title", "start", "end"],
          ["I1", "a", "25/12/2023", "31/01/2024"],
        ],
        budget: [
          ["initiative", "year", "approved"],
          ["I1", 1402, 10],
          ["I1", "۱۴۰۳", 10],
          ["I1", "1402-1403", 10],
          ["I1", 2024, 10],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "Esfand 30 of a year that is not leap, in Persian digits",
      tables: {
        initiative: [
          ["id", "title", "goal", "start", "end"],
          ["I1", "a", "G1", "۱۴۰۰/۰۱/۰۱", "۱۴۰۰/۱۲/۳۰"],
        ],
      },
      findings: [
        {
          sheet: "initiative",
          cell: "E2",
          id: "I1",
          message:
            'The end "۱۴۰۰/۱۲/۳۰" cannot be read: this date does not exist in its calendar (check the month and the day).',
        },
      ],
    },
    {
      name: "a thirteenth month, a two-digit year, a two-way Gregorian date, words",
      tables: {
        goal: [
          ["id", "title", "start", "end"],
          ["G1", "a", "1399/13/01", "97/2/23"],
          ["G2", "b", "03/04/2024", "next year"],
        ],
      },
      findings: [
        { sheet: "goal", cell: "C2", id: "G1" },
        {
          sheet: "goal",
          cell: "D2",
          id: "G1",
          message:
            'The end "97/2/23" cannot be read: it can be read more than one way; write the year first, in four digits, e.g. 1397/02/23.',
        },
        { sheet: "goal", cell: "C3", id: "G2" },
        {
          sheet: "goal",
          cell: "D3",
          id: "G2",
          message:
            'The end "next year" cannot be read: it is not a date; write it like 1402/07/15.',
        },
      ],
    },
    {
      name: "an Excel error and a boolean in date cells",
      tables: {
        initiative: [
          ["title", "id", "start", "end"],
          ["a", "I1", { error: "#REF!" }, true],
        ],
      },
      findings: [
        {
          sheet: "initiative",
          cell: "C2",
          id: "I1",
          message:
            'The start "#REF!" cannot be read: the cell holds an Excel error; correct its formula or type the date.',
        },
        { sheet: "initiative", cell: "D2", id: "I1" },
      ],
    },
    {
      name: "budget years that are not years, named by their initiative",
      tables: {
        budget: [
          ["initiative", "year", "approved"],
          ["I1", "سال آینده", 10],
          ["I2", 402, 10],
          [null, { error: "#N/A" }, 10],
        ],
      },
      findings: [
        {
          sheet: "budget",
          cell: "B2",
          id: "I1",
          message:
            'The year "سال آینده" cannot be read: it is not a year; write the year in four digits, e.g. 1402.',
        },
        { sheet: "budget", cell: "B3", id: "I2" },
        { sheet: "budget", cell: "B4" },
      ],
    },
  ],
});

test("the Persian message shows the cell's text and the reason in Persian", () => {
  const [f] = findingsOf(
    invalidDate,
    {
      initiative: [
        ["id", "title", "end"],
        ["I1", "a", "۱۴۰۰/۱۲/۳۰"],
      ],
    },
    undefined,
    "fa"
  );
  expect(f.message).toBe(
    "مقدار «۱۴۰۰/۱۲/۳۰» در «پایان» خوانده نمی‌شود: چنین تاریخی در تقویمش وجود ندارد (ماه و روز را بررسی کنید)."
  );
});

test("an error value in a budget year is explained as an error, not as a non-year", () => {
  const [f] = findingsOf(invalidDate, {
    budget: [
      ["initiative", "year", "approved"],
      ["I1", { error: "#N/A" }, 10],
    ],
  });
  expect(f.message).toMatch(/^The year "#N\/A" cannot be read: the cell holds an Excel error/);
});
