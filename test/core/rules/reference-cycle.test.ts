import { referenceCycle } from "../../../src/core/rules/reference-cycle";
import type { CellValue } from "../../../src/core/snapshot/workbook-snapshot";
import { findingsOf, testRule } from "./rule-tester";

/** n goals, each the parent of the next; with `loop`, the first names the last as its parent. */
function goalChain(n: number, loop: boolean): CellValue[][] {
  const rows: CellValue[][] = [["id", "title", "parent"]];
  for (let i = 1; i <= n; i++)
    rows.push([`G${i}`, "g", i > 1 ? `G${i - 1}` : loop ? `G${n}` : null]);
  return rows;
}

testRule(referenceCycle, {
  valid: [
    {
      name: "trees in every role, Persian digits resolving to Latin ones",
      tables: {
        policy: [
          ["id", "title", "parent"],
          ["P1", "a", null],
          ["P1-1", "b", "P۱"],
        ],
        goal: [
          ["id", "title", "parent"],
          ["G1", "a", null],
          ["G۲", "b", "G1"],
          ["G3", "c", "G2"],
          ["G4", "d", "G1"],
        ],
        kpi: [
          ["id", "name", "goal", "parent"],
          ["K1", "a", "G1", null],
          ["K2", "b", "G1", "K1"],
        ],
      },
    },
    {
      name: "a parent that is not in the plan ends the chain",
      tables: {
        goal: [
          ["id", "title", "parent"],
          ["G1", "a", "G9"],
          ["G2", "b", "G1"],
        ],
      },
    },
    {
      name: "a repeated code: the second row's parent is the first row, not itself",
      tables: {
        goal: [
          ["id", "title", "parent"],
          ["G1", "a", null],
          ["G1", "b", "G1"],
        ],
      },
    },
    {
      name: "a chain of 100,000 goals without a loop",
      tables: { goal: goalChain(100_000, false) },
    },
  ],
  invalid: [
    {
      name: "three goals in a loop, reported once on the first of them in the sheet",
      tables: {
        goal: [
          ["id", "title", "parent"],
          ["G0", "leads into the loop, is not on it", "G2"],
          ["G3", "c", "G1"],
          ["G1", "a", "G2"],
          ["G2", "b", "G3"],
        ],
      },
      findings: [
        {
          sheet: "goal",
          cell: "C3",
          id: "G3",
          message: "The parent links go round in a loop: G3 → G1 → G2 → G3.",
        },
      ],
    },
    {
      name: "a policy that is its own parent, written in Persian digits",
      tables: {
        policy: [
          ["id", "title", "parent"],
          ["P1", "a", null],
          ["P۲", "b", "P2"],
        ],
      },
      findings: [
        {
          sheet: "policy",
          cell: "C3",
          id: "P۲",
          message: "The parent links go round in a loop: P۲ → P۲.",
        },
      ],
    },
    {
      name: "two separate loops of KPIs, and a loop in every role",
      tables: {
        policy: [
          ["id", "title", "parent"],
          ["P1", "a", "P2"],
          ["P2", "b", "P1"],
        ],
        goal: [
          ["id", "title", "parent"],
          ["G1", "a", "G1"],
        ],
        kpi: [
          ["id", "name", "goal", "parent"],
          ["K1", "a", "G1", "K2"],
          ["K2", "b", "G1", "K1"],
          ["K3", "c", "G1", "K1"],
          ["K4", "d", "G1", "K5"],
          ["K5", "e", "G1", "K4"],
        ],
      },
      findings: [
        { sheet: "policy", cell: "C2", id: "P1" },
        { sheet: "goal", cell: "C2", id: "G1" },
        { sheet: "kpi", cell: "D2", id: "K1" },
        { sheet: "kpi", cell: "D5", id: "K4" },
      ],
    },
    {
      name: "a long loop shows its start and end",
      tables: { goal: goalChain(20, true) },
      findings: [
        {
          sheet: "goal",
          cell: "C2",
          id: "G1",
          message:
            "The parent links go round in a loop: G1 → G20 → G19 → G18 → G17 → G16 → … → G4 → G3 → G2 → G1.",
        },
      ],
    },
    {
      name: "a loop of 100,000 goals",
      tables: { goal: goalChain(100_000, true) },
      findings: [{ sheet: "goal", cell: "C2", id: "G1" }],
    },
  ],
});

test("reference-cycle: the other members' parent cells are related", () => {
  const [finding] = findingsOf(referenceCycle, {
    goal: [
      ["id", "title", "parent"],
      ["G1", "a", "G2"],
      ["G2", "b", "G3"],
      ["G3", "c", "G1"],
    ],
  });
  expect(finding.related).toEqual([
    { sheet: "goal", cell: "C3" },
    { sheet: "goal", cell: "C4" },
  ]);
});
