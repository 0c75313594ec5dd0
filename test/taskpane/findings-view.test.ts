import type { Finding } from "../../src/core/findings";
import { groupings, groupRows } from "../../src/taskpane/screens/findings/findings-view";

const finding = (cell: string, district?: string): Finding => ({
  rule: "unit-mismatch",
  severity: "error",
  message: "m",
  sheet: "KPIs",
  cell,
  row: Number(cell.slice(1)),
  entity: "kpi",
  ...(district ? { district } : {}),
});

test("findings group by district, the parent plan's own rows last, once some finding has a district", () => {
  const findings = [
    finding("D2", "District 2"),
    finding("D3"),
    finding("D4", "District 1"),
    finding("D5", "District 2"),
  ];
  expect(groupings(findings)).toEqual(["severity", "rule", "sheet", "district"]);
  expect(groupings([finding("D3")])).toEqual(["severity", "rule", "sheet"]);
  const rows = groupRows(findings, [0, 1, 2, 3], "district");
  expect(rows).toEqual([
    { kind: "group", by: "district", name: "District 2", count: 2 },
    { kind: "finding", index: 0 },
    { kind: "finding", index: 3 },
    { kind: "group", by: "district", name: "District 1", count: 1 },
    { kind: "finding", index: 2 },
    { kind: "group", by: "district", name: "", count: 1 },
    { kind: "finding", index: 1 },
  ]);
});
