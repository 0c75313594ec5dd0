import { SimRequestContext } from "../../src/simulator/request-context";
import { ModelSheet, ModelWorkbook } from "../../src/simulator/workbook-model";

function workbook() {
  const plan = new ModelSheet("Plan");
  plan.setCell(1, 1, { value: "G1" });
  return new ModelWorkbook([plan, new ModelSheet("Other")]);
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: { code: string; message: string }) => error
  );

test("protected is loadable, false until protect, true after, false again after unprotect", async () => {
  const model = workbook();
  const context = new SimRequestContext(model);
  const protection = context.workbook.worksheets.getItem("Plan").protection;
  protection.load("protected");
  expect(() => protection.protected).toThrow(/not available/);
  await context.sync();
  expect(protection.protected).toBe(false);

  protection.protect({ allowFormatColumns: true });
  protection.load("protected, options");
  await context.sync();
  expect(protection.protected).toBe(true);
  expect(protection.options).toEqual({ allowFormatColumns: true });
  expect(model.sheet("Plan")?.protection).toEqual({ options: { allowFormatColumns: true } });

  protection.unprotect();
  protection.load("protected");
  await context.sync();
  expect(protection.protected).toBe(false);
  // Unprotecting a sheet that is not protected does nothing.
  protection.unprotect();
  await context.sync();
  expect(model.sheet("Plan")?.protection).toBeUndefined();
});

test("protecting a protected sheet fails, as Excel documents", async () => {
  const context = new SimRequestContext(workbook());
  const protection = context.workbook.worksheets.getItem("Plan").protection;
  protection.protect();
  protection.protect();
  expect(await rejection(context.sync())).toMatchObject({ code: "InvalidOperation" });
});

test("a protected sheet refuses values, formulas, clearing, tables and formats; other sheets do not", async () => {
  const model = workbook();
  model.sheet("Plan")!.protection = { options: {} };
  const attempts: ((sheet: Excel.Worksheet) => void)[] = [
    (s) => (s.getRange("A1").values = [["changed"]]),
    (s) => (s.getRange("B1").formulas = [["=1+1"]]),
    (s) => (s.getRange("A1").numberFormat = [["@"]]),
    (s) => s.getRange("A1").clear(),
    (s) => s.tables.add("A1:B2", true),
    (s) => (s.getRange("A1").format.fill.color = "#FF0000"),
    (s) => (s.getRange("A1").format.font.bold = true),
    (s) => (s.getRange("A1").format.columnWidth = 100),
    (s) => (s.getRange("A1").format.readingOrder = "RightToLeft"),
  ];
  // One context per attempt: each is its own batch, as each would fail on its own in Excel.
  const results = await Promise.all(
    attempts.map((attempt) => {
      const context = new SimRequestContext(model);
      attempt(context.workbook.worksheets.getItem("Plan") as unknown as Excel.Worksheet);
      return rejection(context.sync());
    })
  );
  expect(results.map((r) => r?.code)).toEqual(attempts.map(() => "AccessDenied"));
  expect(model.sheet("Plan")?.cell(1, 1)).toEqual({ value: "G1" });
  expect(model.sheet("Plan")?.tables).toEqual([]);

  const other = new SimRequestContext(model);
  other.workbook.worksheets.getItem("Other").getRange("A1").values = [["free"]];
  await other.sync();
  expect(model.sheet("Other")?.cell(1, 1)?.value).toBe("free");
});

test("what the protection allows goes through; a password must be given to unprotect", async () => {
  const model = workbook();
  const context = new SimRequestContext(model);
  const sheet = context.workbook.worksheets.getItem("Plan");
  sheet.protection.protect({ allowFormatColumns: true }, "secret");
  sheet.getRange("A1").format.columnWidth = 120;
  await context.sync();
  expect(model.sheet("Plan")?.columnWidths.get(1)).toBe(120);

  sheet.protection.unprotect();
  expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
  sheet.protection.unprotect("secret");
  sheet.getRange("A1").values = [["changed"]];
  await context.sync();
  expect(model.sheet("Plan")?.cell(1, 1)?.value).toBe("changed");
});

test("a protected sheet can still be deleted, as in Excel", async () => {
  const model = workbook();
  model.sheet("Other")!.protection = { options: {} };
  const context = new SimRequestContext(model);
  context.workbook.worksheets.getItem("Other").delete();
  await context.sync();
  expect(model.sheets.map((s) => s.name)).toEqual(["Plan"]);
});
