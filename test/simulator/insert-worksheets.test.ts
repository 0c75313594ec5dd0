import { modelToXlsx } from "../../src/simulator/model-to-xlsx";
import { SimRequestContext } from "../../src/simulator/request-context";
import { ModelSheet, ModelWorkbook } from "../../src/simulator/workbook-model";
import { sheetState } from "../helpers/workbook-state";

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: { code: string; message: string }) => error
  );

/** A file with a right-to-left "Goals" sheet (frozen header, table, list, format) and "Notes". */
async function sourceFile(): Promise<string> {
  const goals = new ModelSheet("Goals");
  goals.rightToLeft = true;
  goals.frozenRows = 1;
  goals.setCell(1, 1, { value: "کد هدف", readingOrder: "RightToLeft" });
  goals.setCell(2, 1, {
    value: "G1",
    numberFormat: "@",
    validation: {
      rule: { list: { inCellDropDown: true, source: "=Notes!$A$1:$A$9" } },
      ignoreBlanks: true,
    },
  });
  goals.tables.push({
    name: "GoalTable",
    area: { top: 1, left: 1, bottom: 2, right: 1 },
    headerRow: true,
  });
  goals.conditionalFormats.push({
    id: "{cf-1}",
    type: "Custom",
    areas: [{ top: 2, left: 1, bottom: 9, right: 1 }],
    formula: '=A2<>""',
    style: { bold: true },
  });
  const notes = new ModelSheet("Notes");
  notes.setCell(1, 1, { value: "P1" });
  const bytes = await modelToXlsx(new ModelWorkbook([goals, notes]));
  return Buffer.from(bytes).toString("base64");
}

/** A workbook with one sheet, "Plan", that has a conditional format numbered like the file's. */
function target() {
  const plan = new ModelSheet("Plan");
  plan.setCell(1, 1, { value: "x" });
  plan.conditionalFormats.push({
    id: "{cf-1}",
    type: "Custom",
    areas: [{ top: 1, left: 1, bottom: 1, right: 1 }],
    formula: "=TRUE",
    style: { bold: true },
  });
  plan.tables.push({
    name: "Plans",
    area: { top: 1, left: 1, bottom: 1, right: 1 },
    headerRow: false,
  });
  return new SimRequestContext(new ModelWorkbook([plan]));
}

describe("Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13)", () => {
  test("the file's sheets go last, whole; the result names them once synced", async () => {
    const context = target();
    const file = await sourceFile();
    const inserted = context.workbook.insertWorksheetsFromBase64(file, { positionType: "End" });
    // A call queued after the insertion finds the inserted sheet.
    const header = context.workbook.worksheets.getItem("Goals").getRange("A1").load("values");
    expect(() => inserted.value).toThrow(
      expect.objectContaining({ code: "ValueNotLoaded" }) as unknown as Error
    );
    await context.sync();
    expect(inserted.value).toEqual(["Goals", "Notes"]);
    expect(header.values).toEqual([["کد هدف"]]);
    const { model } = context;
    expect(model.sheets.map((s) => s.name)).toEqual(["Plan", "Goals", "Notes"]);
    const goals = model.sheet("Goals")!;
    expect([goals.rightToLeft, goals.frozenRows]).toEqual([true, 1]);
    expect(model.sheet("Notes")!.rightToLeft).toBeUndefined();
    expect(goals.tables.map((t) => t.name)).toEqual(["GoalTable"]);
    expect(goals.cell(1, 1)?.readingOrder).toBe("RightToLeft");
    expect(goals.cell(2, 1)).toMatchObject({
      value: "G1",
      numberFormat: "@",
      validation: { rule: { list: { inCellDropDown: true, source: "=Notes!$A$1:$A$9" } } },
    });
    // Conditional format ids stay unique in the workbook.
    const ids = model.sheets.flatMap((s) => s.conditionalFormats.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(context.syncs).toHaveLength(1);
    expect(context.syncs[0].requestBytes).toBeGreaterThan(file.length);
  });

  test.each([
    [{ positionType: "Beginning" as const }, ["Goals", "Notes", "Plan"]],
    [{ positionType: "Before" as const, relativeTo: "Plan" }, ["Goals", "Notes", "Plan"]],
    [{ positionType: "After" as const, relativeTo: "plan" }, ["Plan", "Goals", "Notes"]],
    [{ sheetNamesToInsert: ["Notes"] }, ["Plan", "Notes"]],
  ])("options %j place the sheets as %j", async (options, names) => {
    const context = target();
    context.workbook.insertWorksheetsFromBase64(await sourceFile(), options);
    await context.sync();
    expect(context.model.sheets.map((s) => s.name)).toEqual(names);
  });

  test("relativeTo takes a worksheet too", async () => {
    const context = target();
    const plan = context.workbook.worksheets.getItem("Plan");
    context.workbook.insertWorksheetsFromBase64(await sourceFile(), {
      positionType: "Before",
      relativeTo: plan,
    });
    await context.sync();
    expect(context.model.sheets.map((s) => s.name)).toEqual(["Goals", "Notes", "Plan"]);
  });

  test.each([
    ["a sheet's name (without case)", "goals", "Plans"],
    ["a table's name", "Other", "goaltable"],
  ])(
    "%s already in the workbook fails the sync with ItemAlreadyExists, inserting nothing",
    async (_, sheet, table) => {
      const context = target();
      context.model.sheets[0].name = sheet;
      context.model.sheets[0].tables[0].name = table;
      const before = context.model.sheets.map(sheetState);
      context.workbook.insertWorksheetsFromBase64(await sourceFile());
      expect(await rejection(context.sync())).toMatchObject({ code: "ItemAlreadyExists" });
      expect(context.model.sheets.map(sheetState)).toEqual(before);
    }
  );

  test("a sheet the file lacks, or a file that is no workbook, fails the sync", async () => {
    const context = target();
    context.workbook.insertWorksheetsFromBase64(await sourceFile(), {
      sheetNamesToInsert: ["Budget"],
    });
    expect(await rejection(context.sync())).toMatchObject({ code: "ItemNotFound" });
    context.workbook.insertWorksheetsFromBase64(btoa("not a workbook"));
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
    expect(context.model.sheets.map((s) => s.name)).toEqual(["Plan"]);
  });
});

describe("sheet view and column widths", () => {
  test("freezePanes.freezeRows keeps rows in view; unfreeze forgets them", async () => {
    const context = target();
    const panes = context.workbook.worksheets.getItem("Plan").freezePanes;
    panes.freezeRows(2);
    await context.sync();
    expect(context.model.sheets[0].frozenRows).toBe(2);
    panes.unfreeze();
    await context.sync();
    expect(context.model.sheets[0].frozenRows).toBeUndefined();
    panes.freezeRows(0);
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
  });

  test("a range's column width sets each column it spans; columns that differ read null", async () => {
    const context = target();
    const sheet = context.workbook.worksheets.getItem("Plan");
    sheet.getRange("B2:C9").format.columnWidth = 80.25;
    const both = sheet.getRange("B1:C1").format.load("columnWidth");
    const mixed = sheet.getRange("A1:B1").format.load("columnWidth");
    const plain = sheet.getRange("D1").format.load("columnWidth");
    await context.sync();
    expect([both.columnWidth, mixed.columnWidth, plain.columnWidth]).toEqual([80.25, null, 48]);
    expect([...context.model.sheets[0].columnWidths]).toEqual([
      [2, 80.25],
      [3, 80.25],
    ]);
  });
});
