import type { Finding } from "../../../src/core/findings";
import { findingsCsv } from "../../../src/core/report/findings-csv";

const finding: Finding = {
  rule: "invalid-enum",
  severity: "warning",
  message: 'The word "weekly", not known, breaks\na line',
  sheet: "KPIs, 1404",
  cell: "L10",
  row: 10,
  entity: "kpi",
  id: "=HYPERLINK(1)",
  related: [{ sheet: "KPIs, 1404", cell: "A3" }],
};

test("CSV: byte order mark, the report's headers, fields quoted as RFC 4180 asks, CRLF lines", () => {
  expect(findingsCsv([finding], "en")).toBe(
    "\uFEFFSeverity,Rule,Message,Sheet,Cell,Go to,Entity,Code,Related cells\r\n" +
      'warning,invalid-enum,"The word ""weekly"", not known, breaks\na line","KPIs, 1404",L10,' +
      `"KPIs, 1404!L10",KPI,'=HYPERLINK(1),"KPIs, 1404!A3"\r\n`
  );
});

test("CSV: a field Excel would run as a formula is written as text", () => {
  for (const start of ["=", "+", "-", "@"]) {
    const csv = findingsCsv([{ ...finding, id: `${start}1+1` }], "en");
    expect(csv).toContain(`,'${start}1+1,`);
  }
  expect(findingsCsv([{ ...finding, id: "G-1" }], "en")).toContain(",G-1,");
});
