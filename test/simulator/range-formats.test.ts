import { SimRequestContext } from "../../src/simulator/request-context";
import { ModelSheet, ModelWorkbook } from "../../src/simulator/workbook-model";
import { sheetState } from "../helpers/workbook-state";

/** "Plan" with B2:B3 filled, B2 red and bold. */
function context() {
  const plan = new ModelSheet("Plan");
  plan.setCell(2, 2, { value: "G1", fill: "#FF0000", font: { bold: true } });
  plan.setCell(3, 2, { value: "G2" });
  return new SimRequestContext(new ModelWorkbook([plan]));
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: { code: string }) => error
  );

describe("range format: fill, font and reading order", () => {
  test("one cell reads its own; mixed cells read null; blank cells read Excel's defaults", async () => {
    const ctx = context();
    const sheet = ctx.workbook.worksheets.getItem("Plan");
    const one = sheet.getRange("B2").format;
    const both = sheet.getRange("B2:B3").format;
    const blank = sheet.getRange("D4:E5").format;
    for (const f of [one, both, blank]) {
      f.fill.load("color");
      f.font.load("color, bold, italic");
      f.load("readingOrder");
    }
    await ctx.sync();
    expect([one.fill.color, one.font.bold, one.font.color]).toEqual(["#FF0000", true, "#000000"]);
    expect([both.fill.color, both.font.bold, both.font.italic]).toEqual([null, null, false]);
    expect([blank.fill.color, blank.font.bold, blank.readingOrder]).toEqual([
      "#FFFFFF",
      false,
      "Context",
    ]);
  });

  test("a format property is unreadable until loaded and synced", async () => {
    const ctx = context();
    const fill = ctx.workbook.worksheets.getItem("Plan").getRange("B2").format.fill;
    fill.load("color");
    expect(() => fill.color).toThrow(/The property 'color' is not available/);
    await ctx.sync();
    expect(fill.color).toBe("#FF0000");
  });

  test("setting and clearing a format leaves no trace on cells that had none", async () => {
    const ctx = context();
    const before = sheetState(ctx.model.sheets[0]);
    const range = ctx.workbook.worksheets.getItem("Plan").getRange("B2:C4");
    range.format.font.italic = true;
    range.format.fill.color = "#ffeb9c";
    await ctx.sync();
    expect(ctx.model.sheets[0].cell(4, 3)).toEqual({
      value: "",
      fill: "#FFEB9C",
      font: { italic: true },
    });
    range.format.font.italic = false;
    range.format.fill.clear();
    ctx.workbook.worksheets.getItem("Plan").getRange("B2").format.fill.color = "#FF0000";
    await ctx.sync();
    expect(sheetState(ctx.model.sheets[0])).toBe(before);
  });
});

describe("hyperlinks", () => {
  test("a link's text becomes the value; a range of different links reads null", async () => {
    const ctx = context();
    const sheet = ctx.workbook.worksheets.getItem("Plan");
    sheet.getRange("C2").hyperlink = { documentReference: "Plan!B3", textToDisplay: "=go" };
    const c2 = sheet.getRange("C2").load("hyperlink, values");
    const mixed = sheet.getRange("B2:C2").load("hyperlink");
    await ctx.sync();
    expect(c2.hyperlink).toEqual({ documentReference: "Plan!B3", textToDisplay: "=go" });
    expect(c2.values).toEqual([["=go"]]); // link text is text, never a formula
    expect(mixed.hyperlink).toBeNull();
  });
});

describe("data validation (ExcelApi 1.8)", () => {
  test("a list rule is set, read back and cleared exactly", async () => {
    const ctx = context();
    const before = sheetState(ctx.model.sheets[0]);
    const sheet = ctx.workbook.worksheets.getItem("Plan");
    const codes = sheet.getRange("B2:B5").dataValidation;
    codes.rule = { list: { inCellDropDown: true, source: "=$D$1:$D$9" } };
    codes.prompt = { showPrompt: true, title: "Goal", message: "Pick a goal code" };
    codes.load("type, rule, ignoreBlanks, prompt");
    const wider = sheet.getRange("B2:B6").dataValidation.load("type, rule");
    await ctx.sync();
    expect(codes.type).toBe("List");
    expect(codes.rule).toEqual({ list: { inCellDropDown: true, source: "=$D$1:$D$9" } });
    expect(codes.ignoreBlanks).toBe(true);
    expect(codes.prompt).toEqual({ showPrompt: true, title: "Goal", message: "Pick a goal code" });
    expect([wider.type, wider.rule]).toEqual(["MixedCriteria", null]);
    codes.clear();
    await ctx.sync();
    expect(sheetState(ctx.model.sheets[0])).toBe(before);
  });

  test("cells with different rules read Inconsistent; some with none read MixedCriteria", async () => {
    const ctx = context();
    const sheet = ctx.workbook.worksheets.getItem("Plan");
    sheet.getRange("B2:B3").dataValidation.rule = {
      textLength: { formula1: 2, operator: "LessThan" },
    };
    sheet.getRange("B4").dataValidation.rule = { custom: { formula: "=TRUE" } };
    const differing = sheet.getRange("B2:B4").dataValidation.load("type");
    const partly = sheet.getRange("B3:B5").dataValidation.load("type");
    const uniform = sheet.getRange("B2:B3").dataValidation.load("type");
    await ctx.sync();
    expect([differing.type, partly.type, uniform.type]).toEqual([
      "Inconsistent",
      "MixedCriteria",
      "TextLength",
    ]);
  });

  test("a rule with no type, or two, fails the sync", async () => {
    const ctx = context();
    ctx.workbook.worksheets.getItem("Plan").getRange("B2").dataValidation.rule = {
      list: { source: "a,b" },
      custom: { formula: "=TRUE" },
    };
    expect(await rejection(ctx.sync())).toMatchObject({ code: "InvalidArgument" });
  });
});

describe("conditional formats (ExcelApi 1.6)", () => {
  test("add puts a format at the first priority over the range, with its custom rule", async () => {
    const ctx = context();
    const sheet = ctx.workbook.worksheets.getItem("Plan");
    const older = sheet.getRange("A1:C9").conditionalFormats.add("CellValue");
    const added = sheet.getRange("B2:B3").conditionalFormats.add("Custom");
    added.custom.rule.formula = '=ISTEXT("x")';
    added.custom.format.fill.color = "#FFC7CE";
    added.custom.format.font.color = "#9C0006";
    older.load("priority");
    added.load("id, type, priority");
    await ctx.sync();
    expect([added.type, added.priority, older.priority]).toEqual(["Custom", 0, 1]);
    expect(ctx.model.sheets[0].conditionalFormats[0]).toEqual({
      id: added.id,
      type: "Custom",
      areas: [{ top: 2, left: 2, bottom: 3, right: 2 }],
      formula: '=ISTEXT("x")',
      style: { fill: "#FFC7CE", fontColor: "#9C0006" },
    });
  });

  test("a range's collection holds the formats touching it; delete removes one", async () => {
    const ctx = context();
    const sheet = ctx.workbook.worksheets.getItem("Plan");
    sheet.getRange("B2").conditionalFormats.add("Custom");
    sheet.getRange("E5").conditionalFormats.add("DataBar");
    const nearB2 = sheet.getRange("A1:C3").conditionalFormats.load("items/type");
    const all = sheet.getRange().conditionalFormats.load("items/type");
    await ctx.sync();
    expect(nearB2.items.map((f) => f.type)).toEqual(["Custom"]);
    expect(all.items.map((f) => f.type)).toEqual(["DataBar", "Custom"]);
    all.items[1].delete();
    const count = sheet.getRange().conditionalFormats.getCount();
    await ctx.sync();
    expect(count.value).toBe(1);
  });

  test("custom on another type, and getRange over several areas, fail the sync", async () => {
    const ctx = context();
    const sheet = ctx.workbook.worksheets.getItem("Plan");
    const bar = sheet.getRange("B2").conditionalFormats.add("DataBar");
    bar.custom.rule.load("formula");
    expect(await rejection(ctx.sync())).toMatchObject({ code: "InvalidOperation" });

    const split = sheet.getRanges("B2:B3, D5").conditionalFormats.add("Custom");
    const areas = split.getRanges().load("address, areaCount");
    await ctx.sync();
    expect([areas.address, areas.areaCount]).toEqual(["Plan!B2:B3,Plan!D5", 2]);
    split.getRange().load("address");
    expect(await rejection(ctx.sync())).toMatchObject({ code: "InvalidOperation" });
  });

  test("an unknown type fails the sync", async () => {
    const ctx = context();
    ctx.workbook.worksheets.getItem("Plan").getRange("B2").conditionalFormats.add("Sparkle");
    expect(await rejection(ctx.sync())).toMatchObject({ code: "InvalidArgument" });
  });
});

describe("whole-sheet ranges", () => {
  test("getRange() is the whole grid, whose cell properties read null as in Excel", async () => {
    const ctx = context();
    const all = ctx.workbook.worksheets.getItem("Plan").getRange().load("address, values");
    await ctx.sync();
    expect(all.address).toBe("Plan!A1:XFD1048576");
    expect(all.values).toBeNull();
  });
});
