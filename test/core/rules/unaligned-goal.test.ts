import { unalignedGoal } from "../../../src/core/rules/unaligned-goal";
import { registerTable, testRule } from "./rule-tester";

const policy = [
  ["id", "title"],
  ["P1", "More services"],
  ["P2", "Lower costs"],
];

testRule(unalignedGoal, {
  valid: [
    {
      name: "a goal beneath a higher-level goal that cites a policy",
      tables: {
        register: registerTable(["Goal", "P-G1", "More services", null, "SP-1"]),
        goal: [
          ["id", "title", "parent", "policies"],
          ["G1", "Centres", "P-G1", null],
        ],
      },
    },
    {
      name: "every goal cites a policy, several in one cell",
      tables: {
        policy,
        goal: [
          ["id", "title", "policies"],
          ["G1", "a", "P1"],
          ["G2", "b", "P1، P2"],
        ],
      },
    },
    {
      name: "sub-goals inherit the policy of a goal above them, Persian digits included",
      tables: {
        policy,
        goal: [
          ["id", "title", "policies", "parent"],
          ["G1", "a", "P1", null],
          ["G1-1", "b", null, "G۱"],
          ["G1-1-1", "c", "", "G1-1"],
        ],
      },
    },
    {
      name: "a cited policy that does not exist still counts (unknown-reference reports it)",
      tables: {
        policy,
        goal: [
          ["id", "title", "policies"],
          ["G1", "a", "P9"],
        ],
      },
    },
    {
      name: "a loop of goals in which one cites a policy",
      tables: {
        goal: [
          ["id", "title", "policies", "parent"],
          ["G1", "a", null, "G2"],
          ["G2", "b", "P1", "G1"],
        ],
      },
    },
    {
      name: "not judged when the goal sheet has no policies column",
      tables: {
        policy,
        goal: [
          ["id", "title", "parent"],
          ["G1", "a", null],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a goal beneath a higher-level goal that cites no policy",
      tables: {
        register: registerTable(["Goal", "P-G1", "More services", null, null]),
        goal: [
          ["id", "title", "parent", "policies"],
          ["G1", "Centres", "P-G1", null],
        ],
      },
      findings: [{ sheet: "goal", cell: "D2", id: "G1" }],
    },
    {
      name: "a goal with no policy and no parent",
      tables: {
        policy,
        goal: [
          ["id", "title", "policies"],
          ["G1", "a", "P1"],
          ["G2", "b", null],
        ],
      },
      findings: [
        {
          sheet: "goal",
          cell: "C3",
          id: "G2",
          message: "This goal cites no policy, and no goal above it does either.",
        },
      ],
    },
    {
      name: "a whole branch whose top cites nothing, listed below its members",
      tables: {
        policy,
        goal: [
          ["id", "title", "policies", "parent"],
          ["G1-1", "b", null, "G1"],
          ["G2", "other branch", "P2", null],
          ["G1", "a", "  ", null],
          ["G2-1", "c", null, "G2"],
          ["G1-1-1", "d", null, "G1-1"],
        ],
      },
      findings: [
        { sheet: "goal", cell: "C2", id: "G1-1" },
        { sheet: "goal", cell: "C4", id: "G1" },
        { sheet: "goal", cell: "C6", id: "G1-1-1" },
      ],
    },
    {
      name: "a parent that is not in the plan, a goal without a code, and a loop without a policy",
      tables: {
        policy,
        goal: [
          ["id", "title", "policies", "parent"],
          ["G1", "a", null, "G9"],
          [null, "b", null, null],
          ["G3", "c", null, "G4"],
          ["G4", "d", null, "G3"],
          ["G5", "e", null, "G5"],
        ],
      },
      findings: [
        { sheet: "goal", cell: "C2", id: "G1" },
        { sheet: "goal", cell: "C3" },
        { sheet: "goal", cell: "C4", id: "G3" },
        { sheet: "goal", cell: "C5", id: "G4" },
        { sheet: "goal", cell: "C6", id: "G5" },
      ],
    },
    {
      name: "judged without a policy sheet when the goal sheet maps policies",
      tables: {
        goal: [
          ["policies", "id", "title"],
          [null, "G1", "a"],
        ],
      },
      findings: [{ sheet: "goal", cell: "A2", id: "G1" }],
    },
  ],
});
