import { uncoveredPolicy } from "../../../src/core/rules/uncovered-policy";
import { registerTable, testRule } from "./rule-tester";

testRule(uncoveredPolicy, {
  valid: [
    {
      name: "every policy cited by some goal, two in one cell",
      tables: {
        policy: [
          ["id", "title"],
          ["P1", "a"],
          ["P2", "b"],
        ],
        goal: [
          ["id", "title", "policies"],
          ["G1", "a", "P1; P2"],
        ],
      },
    },
    {
      name: "a policy covered through the policies under it, Persian digits included",
      tables: {
        policy: [
          ["id", "title", "parent"],
          ["P1", "top", null],
          ["P1-1", "middle", "P۱"],
          ["P1-1-1", "bottom", "P1-1"],
        ],
        goal: [
          ["id", "title", "policies"],
          ["G1", "a", "p۱-۱-۱"],
        ],
      },
    },
    {
      name: "a loop of policies in which one is cited",
      tables: {
        policy: [
          ["id", "title", "parent"],
          ["P1", "a", "P2"],
          ["P2", "b", "P1"],
        ],
        goal: [
          ["id", "title", "policies"],
          ["G1", "a", "P2"],
        ],
      },
    },
    {
      name: "not judged without a goal sheet",
      tables: {
        policy: [
          ["id", "title"],
          ["P1", "a"],
        ],
      },
    },
    {
      name: "not judged when the goal sheet has no policies column",
      tables: {
        policy: [
          ["id", "title"],
          ["P1", "a"],
        ],
        goal: [
          ["id", "title"],
          ["G1", "a"],
        ],
      },
    },
    {
      name: "not judged when the goal sheet has no rows",
      tables: {
        policy: [
          ["id", "title"],
          ["P1", "a"],
        ],
        goal: [["id", "title", "policies"]],
      },
    },
    {
      name: "a policy row without a code is missing-required's",
      tables: {
        policy: [
          ["id", "title"],
          ["P1", "a"],
          [null, "b"],
        ],
        goal: [
          ["id", "title", "policies"],
          ["G1", "a", "P1"],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a higher-level policy no goal serves; another served through a higher-level goal",
      tables: {
        register: registerTable(
          ["Policy", "SP-1", "More services"],
          ["Policy", "SP-2", "Sustainable revenue"],
          ["Goal", "P-G1", "More service centres", null, "SP-1"]
        ),
        goal: [
          ["id", "title", "parent", "policies"],
          ["G1", "Centres", "P-G1", null],
        ],
      },
      findings: [{ sheet: "register", cell: "B8", id: "SP-2" }],
    },
    {
      name: "one policy no goal cites",
      tables: {
        policy: [
          ["id", "title"],
          ["P1", "a"],
          ["P2", "b"],
        ],
        goal: [
          ["id", "title", "policies"],
          ["G1", "a", "P1"],
        ],
      },
      findings: [
        {
          sheet: "policy",
          cell: "A3",
          id: "P2",
          message: "No goal cites policy P2, nor any policy under it.",
        },
      ],
    },
    {
      name: "coverage rises to parents, never down to children or across to siblings",
      tables: {
        policy: [
          ["title", "id", "parent"],
          ["top", "P1", null],
          ["cited", "P1-1", "P1"],
          ["sibling", "P1-2", "P1"],
          ["child of cited", "P1-1-1", "P1-1"],
          ["other top", "P2", null],
          ["under other top", "P2-1", "P2"],
        ],
        goal: [
          ["id", "title", "policies"],
          ["G1", "a", "P1-1"],
        ],
      },
      findings: [
        { sheet: "policy", cell: "B4", id: "P1-2" },
        { sheet: "policy", cell: "B5", id: "P1-1-1" },
        { sheet: "policy", cell: "B6", id: "P2" },
        { sheet: "policy", cell: "B7", id: "P2-1" },
      ],
    },
    {
      name: "a loop of policies none of which is cited",
      tables: {
        policy: [
          ["id", "title", "parent"],
          ["P1", "a", "P2"],
          ["P2", "b", "P1"],
          ["P3", "c", "P3"],
        ],
        goal: [
          ["id", "title", "policies"],
          ["G1", "a", "P9"],
        ],
      },
      findings: [
        { sheet: "policy", cell: "A2", id: "P1" },
        { sheet: "policy", cell: "A3", id: "P2" },
        { sheet: "policy", cell: "A4", id: "P3" },
      ],
    },
  ],
});
