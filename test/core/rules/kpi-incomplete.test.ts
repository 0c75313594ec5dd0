import { kpiIncomplete } from "../../../src/core/rules/kpi-incomplete";
import { findingsOf, testRule } from "./rule-tester";

const header = ["id", "name", "goal", "unit", "direction", "baseline", "target"];

testRule(kpiIncomplete, {
  valid: [
    {
      name: "complete KPIs, in Persian and English",
      tables: {
        kpi: [
          header,
          ["K1", "a", "G1", "درصد", "افزایشی", "۶۵", "۸۰٪"],
          ["K2", "b", "G1", "tonne", "decrease", 1200, 900],
          ["K3", "c", "G1", "score", "maintain", 0, 0],
        ],
      },
    },
    {
      name: "per-year targets stand for the target",
      tables: {
        kpi: [
          ["id", "name", "unit", "direction", "baseline", "target@1403", "target@1404"],
          ["K1", "a", "%", "increase", 60, 70, 80],
        ],
      },
    },
    {
      name: "present but unreadable values are other rules' findings",
      tables: {
        kpi: [
          header,
          ["K1", "a", "G1", "عدد", "بالا", "دوازده", { error: "#N/A" }],
          ["K2", "b", "G1", "عدد", "افزایشی", true, "12 tonnes"],
        ],
      },
    },
    {
      name: "an unreadable per-year target is a target written, not a missing one",
      tables: {
        kpi: [
          ["id", "name", "unit", "direction", "baseline", "target", "target@1403"],
          ["K1", "a", "%", "increase", 60, null, "نامشخص"],
        ],
      },
    },
    {
      name: "no KPIs mapped",
      tables: {
        goal: [
          ["id", "title"],
          ["G1", "a"],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a KPI with a name only",
      tables: {
        kpi: [header, ["K1", "a", "G1", null, "", null, null]],
      },
      findings: [
        {
          sheet: "kpi",
          cell: "D2",
          id: "K1",
          message: "This KPI is missing its unit, direction, baseline, target.",
        },
      ],
    },
    {
      name: "one finding per KPI, at its first missing field; an unreadable one is not listed",
      tables: {
        kpi: [
          header,
          ["K1", "a", "G1", "درصد", "افزایشی", null, 80],
          ["K2", "b", "G1", "درصد", null, "دوازده", null],
          ["K3", "c", "G1", "درصد", "کاهشی", 10, "  "],
        ],
      },
      findings: [
        {
          sheet: "kpi",
          cell: "F2",
          id: "K1",
          message: "This KPI is missing its baseline.",
        },
        {
          sheet: "kpi",
          cell: "E3",
          id: "K2",
          message: "This KPI is missing its direction, target.",
        },
        { sheet: "kpi", cell: "G4", id: "K3" },
      ],
    },
    {
      name: "unmapped columns count as missing: the first mapped one is pointed at, else the code",
      tables: {
        kpi: [
          ["id", "name", "goal", "baseline", "target"],
          ["K1", "a", "G1", null, 10],
          ["K2", "b", "G1", 5, 10],
        ],
      },
      findings: [
        {
          sheet: "kpi",
          cell: "D2",
          id: "K1",
          message: "This KPI is missing its unit, direction, baseline.",
        },
        { sheet: "kpi", cell: "A3", id: "K2" },
      ],
    },
    {
      name: "empty per-year target cells do not stand for the target",
      tables: {
        kpi: [
          ["id", "name", "unit", "direction", "baseline", "target", "target@1403"],
          ["K1", "a", "%", "increase", 60, null, null],
        ],
      },
      findings: [{ sheet: "kpi", cell: "F2", id: "K1" }],
    },
  ],
});

test("Persian labels, joined the Persian way", () => {
  const [f] = findingsOf(
    kpiIncomplete,
    { kpi: [header, ["K1", "a", "G1", null, "افزایشی", null, 80]] },
    undefined,
    "fa"
  );
  expect(f.message).toBe("این شاخص این موارد را ندارد: واحد سنجش، مقدار پایه.");
});
