import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { analyse, type Analysis } from "../../src/core/analyse";
import { countFindings, type Finding } from "../../src/core/findings";
import type { Lang } from "../../src/core/i18n";
import { detectMapping } from "../../src/core/mapping/detect";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { buildReportWorkbook, writeReportFile } from "../../src/cli/write-report";
import { englishPlan, persianPlan } from "../fixtures/realistic-plans";

const dir = mkdtempSync(join(tmpdir(), "rahbord-report-"));

function analysed(snapshot: WorkbookSnapshot, lang: Lang, extra: Finding[] = []): Analysis {
  const analysis = analyse(snapshot, detectMapping(snapshot).mapping, { lang });
  const findings = [...analysis.findings, ...extra];
  return { ...analysis, findings, counts: countFindings(findings) };
}

async function reload(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A table's range as exceljs reads it back. */
const tableRange = (sheet: ExcelJS.Worksheet, name: string) =>
  (sheet.getTable(name) as unknown as { model: { tableRef: string } }).model.tableRef
    .split(":")
    .map((address) => sheet.getCell(address));

/** A table's data rows as records keyed by header, read back from the cells its range covers. */
function tableRows(sheet: ExcelJS.Worksheet, name: string): Record<string, ExcelJS.CellValue>[] {
  const [from, to] = tableRange(sheet, name);
  const columns = Array.from({ length: Number(to.col) - Number(from.col) + 1 }, (_, i) => i);
  const header = columns.map((c) => String(sheet.getCell(Number(from.row), Number(from.col) + c)));
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  for (let r = Number(from.row) + 1; r <= Number(to.row); r++) {
    rows.push(
      Object.fromEntries(
        columns.map((c) => [header[c], sheet.getCell(r, Number(from.col) + c).value])
      )
    );
  }
  return rows;
}

/** A Persian plan with a goal title and a finding message that look like formulas. */
function persianAnalysis(): Analysis {
  const snapshot = persianPlan();
  snapshot.sheets.find((s) => s.name === "اهداف")!.values[3][2] = "=SUM(A1:A3)";
  return analysed(snapshot, "fa", [
    {
      rule: "duplicate-id",
      severity: "error",
      message: "=SUM(B2:B9) و @ه-۱",
      sheet: "اهداف",
      cell: "B4",
      row: 4,
      entity: "goal",
      id: "-ه-۱",
    },
  ]);
}

describe("the report workbook (--out)", () => {
  const plan = join(dir, "برنامه ۱۴۰۳.xlsx");
  let analysis: Analysis;
  let report: ExcelJS.Workbook;

  const out = join(dir, "out", "report.xlsx");
  const sheetXml = async (n: number) =>
    (await JSZip.loadAsync(readFileSync(out))).file(`xl/worksheets/sheet${n}.xml`)!.async("string");

  beforeAll(async () => {
    analysis = persianAnalysis();
    mkdirSync(join(dir, "out"));
    await writeReportFile(out, analysis, { file: plan, lang: "fa" });
    report = await reload(out);
  });

  it("has Persian sheets, right to left, and a fixed author and date", () => {
    expect(report.worksheets.map((s) => s.name)).toEqual(["یافته‌ها", "خلاصه", "بودجه"]);
    expect(report.worksheets.every((s) => s.views[0]?.rightToLeft)).toBe(true);
    expect(report.creator).toBe("Rahbord");
    expect(report.created).toEqual(new Date(Date.UTC(2000, 0, 1)));
    expect(report.modified).toEqual(new Date(Date.UTC(2000, 0, 1)));
  });

  it("summarises the file and the counts above a frozen findings table", () => {
    const sheet = report.getWorksheet("یافته‌ها")!;
    const summary = [1, 2, 3, 4].map((r) => [sheet.getCell(r, 1).value, sheet.getCell(r, 2).value]);
    expect(summary).toEqual([
      ["کارپوشه", "برنامه ۱۴۰۳.xlsx"],
      ["خطا", 1],
      ["هشدار", 3],
      ["یادداشت", 0],
    ]);
    expect(analysis.counts).toEqual({ errors: 1, warnings: 3, infos: 0 });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });
    expect(sheet.getRow(6).values).toEqual([
      undefined,
      "شدت",
      "قاعده",
      "شرح",
      "کاربرگ",
      "خانه",
      "پیوند",
      "موضوع",
      "کد",
      "خانه‌های مرتبط",
    ]);
  });

  it("lists one row per finding, each linking to its cell in the checked workbook", async () => {
    const rows = tableRows(report.getWorksheet("یافته‌ها")!, "Findings");
    expect(rows.map((r) => [r["قاعده"], r["کاربرگ"], r["خانه"]])).toEqual(
      analysis.findings.map((f) => [f.rule, f.sheet, f.cell])
    );
    expect(rows[0]).toEqual({
      شدت: "هشدار",
      قاعده: "budget-outside-dates",
      شرح: analysis.findings[0].message,
      کاربرگ: "بودجه",
      خانه: "C5",
      پیوند: { text: "بودجه!C5", hyperlink: "../برنامه%20۱۴۰۳.xlsx#'بودجه'!$C$5" },
      موضوع: "ردیف بودجه",
      کد: "اق-2",
      "خانه‌های مرتبط": "اقدامات!G4، اقدامات!H4",
    });
    expect(rows[3]["شدت"]).toBe("خطا");
    expect(rows[3]["موضوع"]).toBe("هدف");
    // External links only: a `location` would send Excel looking for the file inside the report.
    expect(await sheetXml(1)).toContain('<hyperlink ref="F7" r:id="rId1"/>');
    expect(await sheetXml(1)).not.toContain("location=");
  });

  it("writes text that looks like a formula as text", async () => {
    const findings = report.getWorksheet("یافته‌ها")!;
    expect(findings.getCell("C10").value).toBe("=SUM(B2:B9) و @ه-۱");
    expect(findings.getCell("C10").type).toBe(ExcelJS.ValueType.String);
    expect(findings.getCell("H10").value).toBe("-ه-۱");
    const goals = tableRows(report.getWorksheet("خلاصه")!, "Goals");
    expect(goals[0]["عنوان"]).toBe("=SUM(A1:A3)");

    for (const n of [1, 2, 3]) expect(await sheetXml(n)).not.toContain("<f>");
  });

  it("holds the engine's roll-ups as numbers, progress as percentages", () => {
    const rollupSheet = report.getWorksheet("خلاصه")!;
    const goals = tableRows(rollupSheet, "Goals");
    expect(
      goals.map((g) => [g["کد"], g["پیشرفت"], g["وضعیت پیشرفت"], g["مصوب"], g["هزینه‌شده"]])
    ).toEqual(
      analysis.rollups.goals.map((g) => [
        g.code,
        g.progress,
        "عقب از برنامه",
        g.budget.approved,
        g.budget.spent,
      ])
    );
    const firstGoal = Number(tableRange(rollupSheet, "Goals")[0].row) + 1;
    expect(rollupSheet.getCell(firstGoal, 3).numFmt).toBe("0.0%");
    expect(rollupSheet.getCell(firstGoal, 7).numFmt).toBe("#,##0");

    expect(
      tableRows(rollupSheet, "Pillars").map((p) => [p["محور"], p["سیاست‌ها"], p["پیشرفت"]])
    ).toEqual(analysis.rollups.pillars.map((p) => [p.pillar, p.policies, p.progress]));
    expect(tableRows(rollupSheet, "Initiatives").map((i) => i["وضعیت"])).toEqual([
      "در حال اجرا",
      "شروع نشده",
      "تکمیل‌شده",
    ]);
    expect(
      tableRows(rollupSheet, "Kpis").map((k) => [k["کد"], k["مقدار واقعی"], k["دوره"]])
    ).toEqual(analysis.rollups.kpis.map((k) => [k.code, k.actual, k.period]));
    expect(tableRows(rollupSheet, "KpisByStatus")).toEqual([
      { "وضعیت پیشرفت": "عقب از برنامه", تعداد: 2 },
    ]);

    const budget = report.getWorksheet("بودجه")!;
    expect(tableRows(budget, "BudgetByYear")).toEqual(
      analysis.rollups.budget.byYear.map((y) => ({
        سال: y.year,
        مصوب: y.approved,
        هزینه‌شده: y.spent,
      }))
    );
    expect(tableRows(budget, "BudgetBySource").map((s) => s["منبع تأمین"])).toEqual(
      analysis.rollups.budget.bySource.map((s) => s.source)
    );
    expect(tableRows(budget, "BudgetTotals")[0]).toEqual({
      "نوع ردیف": "هزینه",
      مصوب: analysis.rollups.budget.total.approved,
      هزینه‌شده: analysis.rollups.budget.total.spent,
    });
  });
});

describe("the report in English", () => {
  let analysis: Analysis;
  let report: ExcelJS.Workbook;

  beforeAll(async () => {
    analysis = analysed(englishPlan(), "en");
    const out = join(dir, "english.xlsx");
    await writeReportFile(out, analysis, { file: join(dir, "plan.xlsx"), lang: "en" });
    report = await reload(out);
  });

  it("has English sheets, left to right, and says when there are no findings", () => {
    expect(report.worksheets.map((s) => s.name)).toEqual(["Findings", "Roll-ups", "Budget"]);
    expect(report.worksheets.some((s) => s.views[0]?.rightToLeft)).toBe(false);
    const findings = report.getWorksheet("Findings")!;
    expect(analysis.findings).toEqual([]);
    expect(findings.getCell("A2").value).toBe("Errors");
    expect(findings.getCell("B2").value).toBe(0);
    expect(findings.getCell("A6").value).toBe("No findings.");
    expect(findings.getTable("Findings")).toBeUndefined();
  });

  it("heads its roll-up tables in English and keeps the engine's numbers", () => {
    const initiatives = tableRows(report.getWorksheet("Roll-ups")!, "Initiatives");
    expect(initiatives[0]).toEqual({
      Code: "I1",
      Title: "Mechanised collection in district 1",
      Goal: "G1",
      District: "District 1",
      Status: "In progress",
      Progress: null,
      "Progress status": "No data",
      Approved: 220,
      Spent: 90,
    });
    expect(tableRows(report.getWorksheet("Budget")!, "BudgetByDistrict")).toEqual([
      { District: "District 1", Approved: 220, Spent: 90 },
      { District: "District 6", Approved: 130, Spent: 10 },
    ]);
  });
});

describe("reports built in memory", () => {
  const finding = (sheet: string): Finding => ({
    rule: "missing-required",
    severity: "info",
    message: "Title missing.",
    sheet,
    cell: "AB12",
    row: 12,
    entity: "kpi",
  });

  it("link to a sheet name quoted, its quotes doubled, and a file name URI-escaped", () => {
    const analysis = analysed(englishPlan(), "en", [finding("Ali's KPIs")]);
    const sheet = buildReportWorkbook(analysis, {
      file: "/data/plans/plan #2.xlsx",
      lang: "en",
    }).getWorksheet("Findings")!;
    expect(sheet.getCell("F7").value).toEqual({
      text: "Ali's KPIs!AB12",
      hyperlink: "plan%20%232.xlsx#'Ali''s KPIs'!$AB$12",
    });
    expect(sheet.getCell("H7").value).toBeNull();
  });

  it("carry the date they are given", () => {
    const date = new Date(Date.UTC(2025, 2, 21));
    const workbook = buildReportWorkbook(analysed(englishPlan(), "en"), {
      file: "plan.xlsx",
      lang: "en",
      date,
    });
    expect([workbook.created, workbook.modified]).toEqual([date, date]);
  });

  it("are never written over the checked workbook", async () => {
    const plan = join(dir, "plan.xlsx");
    await expect(
      writeReportFile(plan, analysed(englishPlan(), "en"), { file: plan, lang: "en" })
    ).rejects.toMatchObject({ key: "input.outputExists" });
  });
});
