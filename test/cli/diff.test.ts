import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { digest, runCli, SAMPLES, tempDir } from "./run-cli";

const dir = tempDir();
const before = join(SAMPLES, "plan-en.xlsx");

/** The sample with a planner's edits: a goal retitled (as text that looks like a formula), an
 * initiative re-parented, a KPI target and a budget amount changed, a KPI added, a goal removed. */
async function edited(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(before);
  const set = (sheet: string, cell: string, value: string | number) =>
    (workbook.getWorksheet(sheet)!.getCell(cell).value = value);
  set("Goals", "C6", "=Mechanised collection everywhere");
  set("Initiatives", "C7", "G2");
  set("KPIs", "I9", 80);
  set("Budget", "E5", 125);
  set("KPIs", "A17", "K13");
  set("KPIs", "B17", "Complaints answered in a week");
  set("KPIs", "C17", "G2");
  workbook.getWorksheet("Goals")!.spliceRows(10, 1);
  const path = join(dir, "plan-en-edited.xlsx");
  await workbook.xlsx.writeFile(path);
  return path;
}

let after: string;
beforeAll(async () => {
  after = await edited();
});

test("a workbook compared with itself has no changes: exit 0", async () => {
  const { code, out } = await runCli(["diff", before, before, "--lang", "en"]);
  expect(code).toBe(0);
  expect(out).toBe("plan-en.xlsx compared with plan-en.xlsx\n\nNo changes.");
});

test("the edits are found exactly, as JSON for programs: exit 1", async () => {
  const digests = [digest(before), digest(after)];
  const { code, out } = await runCli(["diff", before, after, "--format", "json"]);
  expect(code).toBe(1);
  const report = JSON.parse(out);
  expect(report.before).toBe("plan-en.xlsx");
  expect(report.after).toBe("plan-en-edited.xlsx");
  expect(report.changes.map((c: { code: string; kind: string }) => `${c.code} ${c.kind}`)).toEqual([
    "G1.1 retitled",
    "G4 removed",
    "I1 approved",
    "I3 reparented",
    "K5 target",
    "K13 added",
  ]);
  expect(report.changes[4]).toEqual({
    entity: "kpi",
    code: "K5",
    kind: "target",
    before: 75,
    after: 80,
  });
  expect([digest(before), digest(after)]).toEqual(digests);
});

test("the text lists the changes by entity, in Persian with Persian digits", async () => {
  const { code, out } = await runCli(["diff", before, after, "--lang", "fa"]);
  expect(code).toBe(1);
  expect(out.split("\n")).toEqual(
    expect.arrayContaining([
      "plan-en-edited.xlsx در مقایسه با plan-en.xlsx",
      "اهداف (۲)",
      "  K5 — مقدار هدفش تغییر کرد: ۷۵ ← ۸۰",
      "تغییرات: ۶",
    ])
  );
});

test("--out writes the change report, text as text, and keeps justifications when written again", async () => {
  const out = join(dir, "changes.xlsx");
  const first = await runCli(["diff", before, after, "--out", out, "--lang", "en"]);
  expect(first.code).toBe(1);
  expect(first.err).toBe(`Change report written to ${out}`);

  const report = new ExcelJS.Workbook();
  await report.xlsx.readFile(out);
  const sheet = report.getWorksheet("Rahbord changes")!;
  expect(sheet.getRow(3).values).toEqual([
    undefined,
    "Entity",
    "Code",
    "Change",
    "Before",
    "After",
    "Justification",
    "Go to",
  ]);
  // Cells read by row and column: exceljs objects, which the Office lint would take for proxies.
  const cell = (column: number) => sheet.getRow(4).getCell(column);
  expect(cell(5).value).toBe("=Mechanised collection everywhere");
  expect(cell(5).type).toBe(ExcelJS.ValueType.String);
  // Where the row is now, a link that opens it in the later workbook beside the report.
  expect(cell(7).value).toEqual({
    text: "Goals!C6",
    hyperlink: `${basename(after)}#'Goals'!$C$6`,
  });
  cell(6).value = "Wording agreed with the districts";
  await report.xlsx.writeFile(out);

  const again = await runCli(["diff", before, after, "--out", out, "--lang", "fa"]);
  expect(again.code).toBe(1);
  const rewritten = new ExcelJS.Workbook();
  await rewritten.xlsx.readFile(out);
  const fa = rewritten.getWorksheet("تغییرات راهبرد")!;
  expect(rewritten.worksheets).toHaveLength(1);
  expect(fa.views[0].rightToLeft).toBe(true);
  expect(fa.getRow(4).getCell(6).value).toBe("Wording agreed with the districts");
  expect(fa.getRow(5).getCell(6).value).toBe("");
});

test("never writes over an input, and wants two workbooks", async () => {
  const digests = digest(after);
  const over = await runCli(["diff", before, after, "--out", after, "--lang", "en"]);
  expect([over.code, over.err]).toEqual([2, `Will not overwrite the input workbook ${after}.`]);
  expect(digest(after)).toBe(digests);
  const one = await runCli(["diff", before, "--lang", "en"]);
  expect(one.code).toBe(2);
  expect(one.err).toBe(
    "Name the two workbooks: the earlier one, then the later. See `rahbord diff --help`."
  );
  expect((await runCli(["validate", before, after, "--lang", "en"])).err).toMatch(
    /^Name the workbook\./
  );
  expect((await runCli(["diff", "--help", "--lang", "en"])).out).toMatch(
    /Exit codes: 0 no changes, 1 changes found/
  );
});
