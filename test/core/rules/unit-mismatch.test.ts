import { unitMismatch } from "../../../src/core/rules/unit-mismatch";
import { registerTable, testRule } from "./rule-tester";

const header = ["id", "name", "goal", "unit", "parent"];

testRule(unitMismatch, {
  valid: [
    {
      name: "children in their parent's unit, however written (% / درصد / percent)",
      tables: {
        kpi: [
          header,
          ["K1", "Recycling rate", "G1", "%", null],
          ["K1.1", "District 1 rate", "G1", "درصد", "K1"],
          ["K1.2", "District 2 rate", "G1", "Percent", "K۱"],
          ["K2", "Waste collected", "G1", "تن", null],
          ["K2.1", "District 1 waste", "G1", "tonnes", "K2"],
        ],
      },
    },
    {
      name: "a missing unit on either side is not judged",
      tables: {
        kpi: [
          header,
          ["K1", "a", "G1", null, null],
          ["K1.1", "b", "G1", "count", "K1"],
          ["K2", "c", "G1", "count", null],
          ["K2.1", "d", "G1", null, "K2"],
        ],
      },
    },
    {
      name: "an unknown parent is unknown-reference's concern",
      tables: {
        kpi: [header, ["K1", "a", "G1", "count", null], ["K1.1", "b", "G1", "tonne", "K9"]],
      },
    },
    {
      name: "no unit column mapped",
      tables: {
        kpi: [
          ["id", "name", "goal", "parent"],
          ["K1", "a", "G1", null],
          ["K1.1", "b", "G1", "K1"],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a KPI cascading from the higher-level plan's KPI, in another unit",
      tables: {
        register: registerTable([
          "KPI",
          "P-K1",
          "Waste collected",
          null,
          null,
          "P-G1",
          "تن",
          "increase",
          5000,
          "sum",
        ]),
        kpi: [header, ["K1", "Waste, district 1", "G1", "kg", "P-K1"]],
      },
      findings: [{ sheet: "kpi", cell: "D2", id: "K1" }],
    },
    {
      name: "a child counted in tonnes under a parent counted in items",
      tables: {
        kpi: [
          header,
          ["K1", "Bins installed", "G1", "عدد", null],
          ["K1.1", "Bins in district 1", "G1", "count", "K1"],
          ["K1.2", "Bins in district 2", "G1", "tonne", "K1"],
        ],
      },
      findings: [
        {
          sheet: "kpi",
          cell: "D4",
          id: "K1.2",
          message: "Unit tonne differs from عدد, the unit of parent KPI K1.",
        },
      ],
    },
    {
      name: "percent against score, parent code written in Persian digits",
      tables: {
        kpi: [
          ["parent", "id", "name", "initiative", "unit"],
          [null, "ش-۱", "Satisfaction", "I1", "امتیاز"],
          ["ش-1", "ش-۱-۱", "District satisfaction", "I1", "%"],
        ],
      },
      findings: [{ sheet: "kpi", cell: "E3", id: "ش-۱-۱" }],
    },
    {
      name: "every level of a cascade is compared with its own parent",
      tables: {
        kpi: [
          header,
          ["K1", "a", "G1", "km", null],
          ["K1.1", "b", "G1", "m2", "K1"],
          ["K1.1.1", "c", "G1", "km", "K1.1"],
        ],
      },
      findings: [
        { sheet: "kpi", cell: "D3", id: "K1.1" },
        { sheet: "kpi", cell: "D4", id: "K1.1.1" },
      ],
    },
  ],
});
