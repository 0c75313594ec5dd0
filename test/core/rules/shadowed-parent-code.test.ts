import { shadowedParentCode } from "../../../src/core/rules/shadowed-parent-code";
import { registerTable, testRule } from "./rule-tester";

const register = registerTable(
  ["Policy", "SP-1", "More services"],
  ["Goal", "G1", "More service centres", null, "SP-1"],
  ["KPI", "K1", "Centres opened", null, null, "G1", "count", "increase", 30, "sum"]
);

testRule(shadowedParentCode, {
  valid: [
    {
      name: "the plan's own codes differ from the higher-level plan's",
      tables: {
        register,
        goal: [
          ["id", "title", "parent"],
          ["D5-G1", "Centres in district 5", "G1"],
        ],
        kpi: [
          ["id", "name", "goal", "parent"],
          ["D5-K1", "Centres opened", "D5-G1", "K1"],
        ],
      },
    },
    {
      name: "without a higher-level plan, codes are the plan's alone",
      tables: {
        goal: [
          ["id", "title"],
          ["G1", "More service centres"],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a goal and a KPI reuse the higher-level plan's codes (written with Persian digits)",
      tables: {
        register,
        goal: [
          ["id", "title", "parent"],
          ["G۱", "Centres in district 5", "G1"],
        ],
        kpi: [
          ["id", "name", "goal", "parent"],
          ["K1", "Centres opened", "G1", "K1"],
        ],
      },
      findings: [
        {
          sheet: "goal",
          cell: "A2",
          id: "G۱",
          message:
            "Code G۱ is also a goal of the higher-level plan: links to G۱ in this plan reach this row, never the higher-level plan's.",
        },
        { sheet: "kpi", cell: "A2", id: "K1" },
      ],
    },
  ],
});
