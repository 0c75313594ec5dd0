import { uncoveredParentGoal } from "../../../src/core/rules/uncovered-parent-goal";
import { registerTable, testRule } from "./rule-tester";

const parentGoals = registerTable(
  ["Goal", "P-G1", "More services", null, "SP-1"],
  ["Goal", "P-G1.1", "More service centres", "P-G1", null],
  ["Goal", "P-G2", "Lower costs", null, "SP-2"],
  ["KPI", "P-K2", "Cost per service", null, null, "P-G2", "rial", "decrease", 100, "average"]
);
const goals = ["id", "title", "parent", "district"];
const kpis = ["id", "name", "goal", "parent", "district"];

testRule(uncoveredParentGoal, {
  valid: [
    {
      name: "every parent goal served by some district: a sub-goal through its own, another through a KPI",
      tables: {
        register: parentGoals,
        goal: [goals, ["D1-G1", "Centres in district 1", "P-G1.1", "District 1"]],
        kpi: [kpis, ["D2-K1", "Cost per service, district 2", "D2-G1", "P-K2", "District 2"]],
      },
    },
    {
      name: "a single district plan need not serve every parent goal",
      tables: {
        register: parentGoals,
        goal: [goals, ["G1", "Centres", "P-G1.1", null]],
      },
    },
    {
      name: "districts without a higher-level plan",
      tables: {
        goal: [goals, ["G1", "a", null, "District 1"], ["G2", "b", null, "District 2"]],
      },
    },
  ],
  invalid: [
    {
      name: "no district serves P-G2; P-G1 is served through its sub-goal",
      tables: {
        register: parentGoals,
        goal: [
          goals,
          ["D1-G1", "Centres in district 1", "P-G1.1", "District 1"],
          ["D2-G1", "Centres in district 2", "P-G1.1", "District 2"],
        ],
      },
      findings: [
        {
          sheet: "register",
          cell: "B9",
          id: "P-G2",
          message: "No district plan serves goal P-G2 of the higher-level plan.",
        },
      ],
    },
  ],
});
