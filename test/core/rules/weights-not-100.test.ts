import { weightsNot100 } from "../../../src/core/rules/weights-not-100";
import { findingsOf, testRule } from "./rule-tester";

const initiativeHeader = ["id", "title", "goal", "weight"];
const goalHeader = ["id", "title", "parent", "weight"];

testRule(weightsNot100, {
  valid: [
    {
      name: "initiatives' weights out of 100, as fractions, as percentages, in Persian digits",
      tables: {
        initiative: [
          initiativeHeader,
          ["I1", "a", "G1", 30],
          ["I2", "b", "G1", 70],
          ["I3", "c", "G2", 0.4],
          ["I4", "d", "G2", 0.6],
          ["I5", "e", "G3", "30%"],
          ["I6", "f", "G3", "۷۰٪"],
          ["I7", "g", "G4", "۵۰"],
          ["I8", "h", "G4", "50"],
        ],
      },
    },
    {
      name: "top-level goals and sub-goals each adding up",
      tables: {
        goal: [
          goalHeader,
          ["G1", "a", null, 60],
          ["G1.1", "b", "G1", 0.5],
          ["G2", "c", null, 40],
          ["G1.2", "d", "G1", 0.5],
        ],
      },
    },
    {
      name: "within the tolerance (0.5 % by default)",
      tables: {
        initiative: [
          initiativeHeader,
          ["I1", "a", "G1", 33.3],
          ["I2", "b", "G1", 33.3],
          ["I3", "c", "G1", 33.3],
        ],
      },
    },
    {
      name: "groups without any weight, initiatives without a goal, no weight column",
      tables: {
        initiative: [
          initiativeHeader,
          ["I1", "a", "G1", null],
          ["I2", "b", "G1", null],
          ["I3", "c", null, 40],
        ],
        goal: [
          ["id", "title", "parent"],
          ["G1", "a", null],
          ["G2", "b", null],
        ],
      },
    },
    {
      name: "a group with an unreadable weight has an unknown sum",
      tables: {
        initiative: [initiativeHeader, ["I1", "a", "G1", 30], ["I2", "b", "G1", "about half"]],
      },
    },
  ],
  invalid: [
    {
      name: "initiatives of a goal adding up to 90",
      tables: {
        initiative: [
          initiativeHeader,
          ["I1", "a", "G1", 30],
          ["I2", "b", "G1", 60],
          ["I3", "c", "G2", 100],
        ],
      },
      findings: [
        {
          sheet: "initiative",
          cell: "D2",
          id: "I1",
          message: "The weights of the initiatives of goal G1 add up to 90, not 100.",
        },
      ],
    },
    {
      name: "a sibling without a weight counts 0; the finding sits on the first sibling",
      tables: {
        initiative: [
          initiativeHeader,
          ["I1", "a", "G2", 100],
          ["I2", "b", "G1", null],
          ["I3", "c", "G1", 50],
          ["I4", "d", "G1", 40],
          ["I5", "e", "G3", 40],
        ],
      },
      findings: [
        { sheet: "initiative", cell: "D3", id: "I2" },
        { sheet: "initiative", cell: "D6", id: "I5" },
      ],
    },
    {
      name: "fractions that miss 1",
      tables: {
        initiative: [initiativeHeader, ["I1", "a", "G1", 0.5], ["I2", "b", "G1", "30%"]],
      },
      findings: [
        {
          sheet: "initiative",
          cell: "D2",
          id: "I1",
          message: "The weights of the initiatives of goal G1 add up to 0.8, not 1.",
        },
      ],
    },
    {
      name: "top-level goals and sub-goals, each group once",
      tables: {
        goal: [
          goalHeader,
          ["G1", "a", null, 60],
          ["G1.1", "b", "G1", 0.5],
          ["G1.2", "c", "G1", 0.6],
          ["G2", "d", null, 30],
          ["G3", "e", null, null],
        ],
      },
      findings: [
        {
          sheet: "goal",
          cell: "D2",
          id: "G1",
          message: "The weights of the top-level goals add up to 90, not 100.",
        },
        {
          sheet: "goal",
          cell: "D3",
          id: "G1.1",
          message: "The weights of the sub-goals of goal G1 add up to 1.1, not 1.",
        },
      ],
    },
    {
      name: "a weight above 1 makes the expected total 100",
      tables: {
        initiative: [initiativeHeader, ["I1", "a", "G1", 0.5], ["I2", "b", "G1", 50]],
      },
      findings: [
        {
          sheet: "initiative",
          cell: "D2",
          id: "I1",
          message: "The weights of the initiatives of goal G1 add up to 50.5, not 100.",
        },
      ],
    },
    {
      name: "no tolerance: 99.9 is not 100",
      config: { tolerance: 0 },
      tables: {
        initiative: [
          initiativeHeader,
          ["I1", "a", "G1", 33.3],
          ["I2", "b", "G1", 33.3],
          ["I3", "c", "G1", 33.3],
        ],
      },
      findings: [{ sheet: "initiative", cell: "D2", id: "I1" }],
    },
  ],
});

describe("weights-not-100 details", () => {
  const tables = {
    initiative: [
      initiativeHeader,
      ["I1", "a", "G1", 30],
      ["I2", "b", "G2", 100],
      ["I3", "c", "G1", 60],
      ["I4", "d", "G1", null],
    ],
  };

  test("points at the other siblings' weights", () => {
    const [finding] = findingsOf(weightsNot100, tables);
    expect(finding.related).toEqual([
      { sheet: "initiative", cell: "D4" },
      { sheet: "initiative", cell: "D5" },
    ]);
  });

  test("speaks Persian with Persian digits", () => {
    const [finding] = findingsOf(weightsNot100, tables, undefined, "fa");
    expect(finding.message).toBe("وزن‌های اقدام‌های هدف G1 روی هم ۹۰ می‌شود، نه ۱۰۰.");
  });
});
