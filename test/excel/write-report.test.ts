import { analyse } from "../../src/core/analyse";
import type { Finding } from "../../src/core/findings";
import { detectMapping } from "../../src/core/mapping/detect";
import { REPORT_SHEET_NAMES } from "../../src/core/report/report-labels";
import { findingsTable } from "../../src/core/report/findings-table";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { FINDINGS_TABLE, writeReport } from "../../src/excel/write-report";
import { SimRequestContext } from "../../src/simulator/request-context";
import type { ModelWorkbook } from "../../src/simulator/workbook-model";
import { simulatedSample } from "../helpers/simulated-workbook";
import { userState } from "../helpers/workbook-state";

const asContext = (s: SimRequestContext) => s as unknown as Excel.RequestContext;
const checkedAt = new Date(2026, 10, 27, 9, 30);

async function sample(file: string) {
  const { model, simulator, context } = await simulatedSample(file);
  const snapshot = await readSnapshot(context, { mergedAreas: true });
  const analysis = analyse(snapshot, detectMapping(snapshot).mapping, { lang: "fa" });
  return { model, simulator, analysis };
}

const cellsOf = (model: ModelWorkbook, sheet: string, top: number, rows: number, columns: number) =>
  Array.from({ length: rows }, (_, i) =>
    Array.from({ length: columns }, (_, j) => model.sheet(sheet)?.cell(top + i, j + 1))
  );

test("the report sheet holds the findings table, in two syncs, and leaves the user's sheets alone", async () => {
  const { model, simulator, analysis } = await sample("plan-fa-with-defects.xlsx");
  const before = userState(model, REPORT_SHEET_NAMES);
  const syncs = simulator.syncs.length;
  const name = await writeReport(asContext(simulator), {
    findings: analysis.findings,
    counts: analysis.counts,
    lang: "fa",
    checkedAt,
    readingOrder: true,
  });
  expect(name).toBe("گزارش راهبرد");
  expect(simulator.syncs.length - syncs).toBe(2);
  expect(userState(model, REPORT_SHEET_NAMES)).toBe(before);

  const table = findingsTable(analysis.findings, "fa");
  const { sheet, table: findings } = model.table(FINDINGS_TABLE)!;
  expect(sheet.name).toBe(name);
  expect(findings.area).toEqual({ top: 7, left: 1, bottom: 7 + table.rows.length, right: 9 });
  const written = cellsOf(model, name, 7, table.rows.length + 1, 9);
  expect(written[0].map((c) => c?.value)).toEqual(table.headers);
  written.slice(1).forEach((row, i) => {
    row.forEach((cell, j) => {
      if (j === table.linkColumn)
        expect(cell?.formula).toMatch(/^=HYPERLINK\("#'.+'!\$?[A-Z]+\d+",/);
      else expect(cell?.value).toBe(table.rows[i][j] ?? "");
    });
  });
  expect(model.sheet(name)?.cell(3, 2)?.value).toBe(analysis.counts.errors);
  expect(model.sheet(name)?.cell(1, 1)?.readingOrder).toBe("RightToLeft");
  expect(model.active?.name).toBe(name);
});

test("a second run, in the other language, rewrites the one report sheet in place", async () => {
  const { model, simulator, analysis } = await sample("plan-fa-with-defects.xlsx");
  const input = {
    findings: analysis.findings,
    counts: analysis.counts,
    checkedAt,
    readingOrder: true,
  };
  await writeReport(asContext(simulator), { ...input, lang: "fa" });
  const count = model.sheets.length;
  await writeReport(asContext(simulator), {
    ...input,
    findings: input.findings.slice(0, 3),
    lang: "en",
  });
  expect(model.sheets).toHaveLength(count);
  expect(model.sheet("Rahbord report")).toBeDefined();
  expect(model.sheet("گزارش راهبرد")).toBeUndefined();
  expect(model.table(FINDINGS_TABLE)?.table.area.bottom).toBe(7 + 3);
  expect(model.sheet("Rahbord report")?.cell(12, 1)).toBeUndefined(); // the longer first report is gone
  expect(model.sheet("Rahbord report")?.cell(1, 1)?.readingOrder).toBeUndefined();
});

test("text from the plan that looks like a formula lands as text", async () => {
  const { model, simulator } = await sample("plan-en.xlsx");
  const finding: Finding = {
    rule: "missing-required",
    severity: "error",
    message: "=SUM(A1:A9) is not a title",
    sheet: "Goals",
    cell: "B4",
    row: 4,
    entity: "goal",
    id: "+1-2",
  };
  await writeReport(asContext(simulator), {
    findings: [finding, { ...finding, message: "@risk", id: "-x" }],
    counts: { errors: 2, warnings: 0, infos: 0 },
    lang: "en",
    checkedAt,
    readingOrder: true,
  });
  const rows = cellsOf(model, "Rahbord report", 8, 2, 9);
  expect(rows.map((row) => [row[2]?.value, row[7]?.value])).toEqual([
    ["=SUM(A1:A9) is not a title", "+1-2"],
    ["@risk", "-x"],
  ]);
  expect(rows.flat().filter((c) => c?.formula && !c.formula.startsWith("=HYPERLINK"))).toEqual([]);
});

test("no findings: the table says so; the same two syncs", async () => {
  const { model, simulator } = await sample("plan-en.xlsx");
  const syncs = simulator.syncs.length;
  await writeReport(asContext(simulator), {
    findings: [],
    counts: { errors: 0, warnings: 0, infos: 0 },
    lang: "en",
    checkedAt,
    readingOrder: false,
  });
  expect(simulator.syncs.length - syncs).toBe(2);
  expect(model.sheet("Rahbord report")?.cell(8, 1)?.value).toBe("None.");
});
