import { dateOrder } from "../../../src/core/rules/date-order";
import { findingsOf, testRule } from "./rule-tester";

testRule(dateOrder, {
  valid: [
    {
      name: "ends after starts, in Jalali text, years, months and date serials",
      tables: {
        goal: [
          ["id", "title", "start", "end"],
          ["G1", "a", "۱۴۰۰/۰۱/۰۱", "۱۴۰۴/۱۲/۲۹"],
          ["G2", "b", 1402, 1402],
          ["G3", "c", "1402/07", "1402/07"],
          ["G4", "d", "1402/05/01", "1402/05/01"],
        ],
        initiative: [
          ["id", "title", "goal", "start", "end"],
          ["I1", "a", "G1", "2023-03-21", 45100],
          ["I2", "b", "G1", "1402", "2024-03-19"],
        ],
      },
    },
    {
      name: "one date missing or unreadable: nothing to compare",
      tables: {
        initiative: [
          ["id", "title", "start", "end"],
          ["I1", "a", "1402/01/01", null],
          ["I2", "b", null, "1390/01/01"],
          ["I3", "c", "1402/01/01", "1400/12/30"],
        ],
      },
    },
    {
      name: "no start column mapped",
      tables: {
        goal: [
          ["id", "title", "end"],
          ["G1", "a", "1390/01/01"],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "an initiative ending before it starts",
      tables: {
        initiative: [
          ["id", "title", "goal", "start", "end"],
          ["I1", "a", "G1", "1402/07/01", "1402/06/31"],
        ],
      },
      findings: [
        {
          sheet: "initiative",
          cell: "E2",
          id: "I1",
          message: "The end (2023-09-22) is before the start (2023-09-23).",
        },
      ],
    },
    {
      name: "swapped years in Persian digits, and a year-only end before a full start",
      tables: {
        goal: [
          ["id", "title", "end", "start"],
          ["G1", "a", "۱۴۰۰", "۱۴۰۴"],
          ["G2", "b", 1401, "1402/01/01"],
          ["G3", "c", "1401", "1401/12/29"],
        ],
      },
      findings: [
        {
          sheet: "goal",
          cell: "C2",
          id: "G1",
          message: "The end (1400) is before the start (1404).",
        },
        { sheet: "goal", cell: "C3", id: "G2" },
      ],
    },
    {
      name: "a Gregorian month before a Jalali day, and a row without a code",
      tables: {
        initiative: [
          ["id", "title", "start", "end"],
          [null, "a", "1402/01/15", "2023-03"],
        ],
      },
      findings: [{ sheet: "initiative", cell: "D2" }],
    },
  ],
});

test("Persian readers see Jalali dates in Persian digits, and the start cell is related", () => {
  const [f] = findingsOf(
    dateOrder,
    {
      initiative: [
        ["id", "title", "start", "end"],
        ["I1", "a", "1402/07/01", "1402/06/31"],
      ],
    },
    undefined,
    "fa"
  );
  expect(f.message).toBe("تاریخ پایان (۱۴۰۲/۰۶/۳۱) پیش از تاریخ شروع (۱۴۰۲/۰۷/۰۱) است.");
  expect(f.related).toEqual([{ sheet: "initiative", cell: "C2" }]);
});
