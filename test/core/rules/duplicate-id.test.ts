import { duplicateId } from "../../../src/core/rules/duplicate-id";
import { testRule } from "./rule-tester";

testRule(duplicateId, {
  valid: [
    {
      name: "distinct codes in every role",
      tables: {
        policy: [
          ["id", "title"],
          ["P1", "a"],
          ["P2", "b"],
        ],
        goal: [
          ["id", "title"],
          ["P1", "goals may reuse a policy's code"],
          ["G2", "b"],
        ],
      },
    },
    {
      name: "rows without a code are another rule's concern",
      tables: {
        goal: [
          ["id", "title"],
          [null, "a"],
          [null, "b"],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "the same code twice",
      tables: {
        goal: [
          ["id", "title"],
          ["G1", "a"],
          ["G2", "b"],
          ["G1", "c"],
        ],
      },
      findings: [
        {
          sheet: "goal",
          cell: "A4",
          id: "G1",
          message: "Code G1 is used again: it first appears in row 2.",
        },
      ],
    },
    {
      name: "codes equal after normalisation: Persian digits, Arabic-Indic digits, dashes, spaces",
      tables: {
        initiative: [
          ["title", "id", "goal"],
          ["a", "1-2", "G"],
          ["b", "۱-۲", "G"],
          ["c", "١‐٢ ", "G"],
        ],
      },
      findings: [
        { sheet: "initiative", cell: "B3", id: "۱-۲" },
        { sheet: "initiative", cell: "B4", id: "١‐٢" },
      ],
    },
    {
      name: "Arabic and Persian letters alike (ي ك / ی ک)",
      tables: {
        kpi: [
          ["id", "name", "goal"],
          ["کی-1", "a", "G"],
          ["كي-1", "b", "G"],
        ],
      },
      findings: [{ sheet: "kpi", cell: "A3", id: "كي-1" }],
    },
  ],
});
