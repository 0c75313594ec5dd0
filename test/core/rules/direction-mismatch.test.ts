import { directionMismatch } from "../../../src/core/rules/direction-mismatch";
import { registerTable, testRule } from "./rule-tester";

const header = ["id", "name", "goal", "direction", "parent"];

testRule(directionMismatch, {
  valid: [
    {
      name: "children share their parent's direction, however written",
      tables: {
        kpi: [
          header,
          ["K1", "Recycling rate", "G1", "increase", null],
          ["K1.1", "District 1 rate", "G1", "افزایشی", "K1"],
          ["K2", "Complaints", "G1", "کاهشی", null],
          ["K2.1", "District 1 complaints", "G1", "lower is better", "K۲"],
        ],
      },
    },
    {
      name: "a missing direction on either side, or an unknown parent, is not judged",
      tables: {
        kpi: [
          header,
          ["K1", "a", "G1", null, null],
          ["K1.1", "b", "G1", "increase", "K1"],
          ["K2", "c", "G1", "increase", null],
          ["K2.1", "d", "G1", null, "K2"],
          ["K3.1", "e", "G1", "decrease", "K9"],
        ],
      },
    },
    {
      name: "a child of a higher-level KPI with the same direction",
      tables: {
        register: registerTable([
          "KPI",
          "P-K1",
          "Service centres",
          null,
          null,
          "P-G1",
          "count",
          "increase",
          220,
          "sum",
        ]),
        kpi: [header, ["K1", "Centres in district 1", "G1", "افزایشی", "P-K1"]],
      },
    },
  ],
  invalid: [
    {
      name: "a child to be lowered under a parent to be raised",
      tables: {
        kpi: [
          header,
          ["K1", "Green space per head", "G1", "increase", null],
          ["K1.1", "Green space in district 1", "G1", "decrease", "K1"],
        ],
      },
      findings: [
        {
          sheet: "kpi",
          cell: "D3",
          id: "K1.1",
          message: "Direction decrease differs from increase, the direction of parent KPI K1.",
        },
      ],
    },
    {
      name: "a district KPI against the higher-level plan's KPI",
      tables: {
        register: registerTable([
          "KPI",
          "P-K1",
          "Response time",
          null,
          null,
          "P-G1",
          "minute",
          "decrease",
          10,
          "average",
        ]),
        kpi: [header, ["K1", "Response time, district 1", "G1", "increase", "P-K1"]],
      },
      findings: [{ sheet: "kpi", cell: "D2", id: "K1" }],
    },
  ],
});
