import { outsidePlanPeriod } from "../../../src/core/rules/outside-plan-period";
import { findingsOf, testRule } from "./rule-tester";

const period = { planPeriod: { start: "1400", end: "1404" } };

testRule(outsidePlanPeriod, {
  valid: [
    {
      name: "every date inside the plan period, initiatives inside their goals",
      config: period,
      tables: {
        goal: [
          ["id", "title", "start", "end"],
          ["G1", "a", "۱۴۰۰/۰۱/۰۱", "۱۴۰۴/۱۲/۲۹"],
          ["G2", "b", 1401, 1402],
        ],
        initiative: [
          ["id", "title", "goal", "start", "end"],
          ["I1", "a", "G1", "1400/01/01", "1404/12/29"],
          ["I2", "b", "g2", "1401/06/01", "1402"],
          ["I3", "c", "G2", "2022-03-21", null],
        ],
      },
    },
    {
      name: "no plan period configured: only goals bound their initiatives",
      tables: {
        goal: [
          ["id", "title", "start", "end"],
          ["G1", "a", "1390", "1420"],
        ],
        initiative: [
          ["id", "title", "goal", "start", "end"],
          ["I1", "a", "G1", "1395/01/01", "1396/01/01"],
        ],
      },
    },
    {
      name: "goals without dates, unknown goals and unreadable dates bound nothing",
      config: period,
      tables: {
        goal: [
          ["id", "title", "start", "end"],
          ["G1", "a", null, null],
          ["G2", "b", "1400/13/01", "1401/12/30"],
        ],
        initiative: [
          ["id", "title", "goal", "start", "end"],
          ["I1", "a", "G1", "1401/01/01", "1402/01/01"],
          ["I2", "b", "G2", "1401/01/01", "1402/01/01"],
          ["I3", "c", "G9", "1401/01/01", "1402/01/01"],
        ],
      },
    },
    {
      name: "a goal within its parent goal, and a goal naming itself as parent",
      tables: {
        goal: [
          ["id", "title", "parent", "start", "end"],
          ["G1", "a", null, "1400", "1404"],
          ["G1.1", "b", "G1", "1401", "1402"],
          ["G2", "c", "G2", "1401", "1402"],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "dates before and after the plan period, in Persian digits",
      config: period,
      tables: {
        goal: [
          ["id", "title", "start", "end"],
          ["G1", "a", "۱۳۹۹/۱۲/۰۱", "۱۴۰۴/۱۲/۲۹"],
          ["G2", "b", "1400/01/01", "1405/01/01"],
        ],
        initiative: [
          ["id", "title", "goal", "start", "end"],
          ["I1", "a", "G1", "1406", "1407"],
        ],
      },
      findings: [
        {
          sheet: "goal",
          cell: "C2",
          id: "G1",
          message: "This start date (2021-02-19) falls outside the plan period (1400 – 1404).",
        },
        { sheet: "goal", cell: "D3", id: "G2" },
        {
          sheet: "initiative",
          cell: "D2",
          id: "I1",
          message: "This start date (1406) falls outside the plan period (1400 – 1404).",
        },
        { sheet: "initiative", cell: "E2", id: "I1" },
      ],
    },
    {
      name: "an initiative outside its goal's dates",
      tables: {
        goal: [
          ["id", "title", "start", "end"],
          ["G1", "a", "1401", "1402"],
        ],
        initiative: [
          ["id", "title", "goal", "start", "end"],
          ["I1", "a", "G1", "1400/06/01", "1402/12/29"],
          ["I2", "b", "G1", "1401/01/01", "1403/01/15"],
        ],
      },
      findings: [
        {
          sheet: "initiative",
          cell: "D2",
          id: "I1",
          message: "This start date (2021-08-23) falls outside the dates of goal G1 (1401 – 1402).",
        },
        { sheet: "initiative", cell: "E3", id: "I2" },
      ],
    },
    {
      name: "the plan period is named first when both bounds are broken, once per cell",
      config: period,
      tables: {
        goal: [
          ["id", "title", "start", "end"],
          ["G1", "a", "1401", "1402"],
        ],
        initiative: [
          ["id", "title", "goal", "start", "end"],
          ["I1", "a", "G1", "1399/06/01", "1401/06/01"],
        ],
      },
      findings: [
        {
          sheet: "initiative",
          cell: "D2",
          id: "I1",
          message: "This start date (2020-08-22) falls outside the plan period (1400 – 1404).",
        },
      ],
    },
    {
      name: "a goal outside its parent goal, the parent with an end only",
      tables: {
        goal: [
          ["id", "title", "parent", "start", "end"],
          ["G1", "a", null, null, "1402"],
          ["G1.1", "b", "G1", "1401", "1403"],
        ],
      },
      findings: [
        {
          sheet: "goal",
          cell: "E3",
          id: "G1.1",
          message: "This end date (1403) falls outside the dates of parent goal G1 (until 1402).",
        },
      ],
    },
  ],
});

describe("outside-plan-period details", () => {
  const tables = {
    goal: [
      ["id", "title", "start", "end"],
      ["G1", "a", "1401", "1402"],
    ],
    initiative: [
      ["id", "title", "goal", "start", "end"],
      ["I1", "a", "G1", "1400/06/01", "1402"],
    ],
  };

  test("Persian readers see Jalali dates in Persian digits", () => {
    const [f] = findingsOf(outsidePlanPeriod, tables, undefined, "fa");
    expect(f.message).toBe(
      "تاریخ شروع (۱۴۰۰/۰۶/۰۱) بیرون از بازهٔ زمانی هدف G1 (۱۴۰۱ تا ۱۴۰۲) است."
    );
    const [p] = findingsOf(
      outsidePlanPeriod,
      tables,
      { planPeriod: { start: "1401", end: "1405" } },
      "fa"
    );
    expect(p.message).toBe("تاریخ شروع (۱۴۰۰/۰۶/۰۱) بیرون از دورهٔ برنامه (۱۴۰۱ تا ۱۴۰۵) است.");
  });

  test("the goal's broken bound is the related cell", () => {
    const [f] = findingsOf(outsidePlanPeriod, tables);
    expect(f.related).toEqual([{ sheet: "goal", cell: "C2" }]);
  });

  test("a Gregorian plan period reads as Gregorian years, a dated one as dates", () => {
    const [g] = findingsOf(outsidePlanPeriod, tables, {
      planPeriod: { start: "2022", end: "2025" },
    });
    expect(g.message).toBe(
      "This start date (2021-08-23) falls outside the plan period (2022 – 2025)."
    );
    const [d] = findingsOf(outsidePlanPeriod, tables, {
      planPeriod: { start: "1400/07/01", end: "1404/06/31" },
    });
    expect(d.message).toBe(
      "This start date (2021-08-23) falls outside the plan period (2021-09-23 – 2025-09-22)."
    );
  });
});
