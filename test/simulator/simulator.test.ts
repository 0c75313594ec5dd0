import { SimRequestContext } from "../../src/simulator/request-context";
import { jsonBytes, PAYLOAD_LIMIT } from "../../src/simulator/payload";
import { ModelSheet, ModelWorkbook } from "../../src/simulator/workbook-model";

/** A workbook with a filled sheet "Plan" (B2:C3) and a blank sheet "Empty". */
function workbook() {
  const plan = new ModelSheet("Plan");
  plan.setCell(2, 2, { value: "G1" });
  plan.setCell(2, 3, { value: 40 });
  plan.setCell(3, 2, { value: "G2" });
  plan.setCell(3, 3, { value: 45000, numberFormat: "yyyy/mm/dd" });
  return new ModelWorkbook([plan, new ModelSheet("Empty", "Hidden")]);
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: { code: string; message: string }) => error
  );

describe("loading, as office.js does", () => {
  test("a property is readable only after a sync delivered a load of it", async () => {
    const context = new SimRequestContext(workbook());
    const range = context.workbook.worksheets.getItem("Plan").getRange("B2:C3");
    range.load("values, address");
    expect(() => range.values).toThrow(
      expect.objectContaining({ code: "PropertyNotLoaded" }) as unknown as Error
    );
    await context.sync();
    expect(range.values).toEqual([
      ["G1", 40],
      ["G2", 45000],
    ]);
    expect(range.address).toBe("Plan!B2:C3");
    expect(() => range.numberFormat).toThrow(
      /The property 'numberFormat' is not available\. Before reading the property's value, call the load method/
    );
  });

  test("load takes a string, an array or { select }", async () => {
    const context = new SimRequestContext(workbook());
    const sheet = context.workbook.worksheets.getItem("Plan");
    const a = sheet.getRange("B2").load("values,rowCount");
    const b = sheet.getRange("B2").load(["values", "rowCount"]);
    const c = sheet.getRange("B2").load({ select: "values, rowCount" });
    await context.sync();
    for (const r of [a, b, c]) expect([r.values, r.rowCount]).toEqual([[["G1"]], 1]);
  });

  test("an unknown property fails the sync", async () => {
    const context = new SimRequestContext(workbook());
    context.workbook.worksheets.getItem("Plan").getRange("B2").load("colour");
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
  });

  test("collections load their items with `items/…`", async () => {
    const context = new SimRequestContext(workbook());
    const sheets = context.workbook.worksheets;
    sheets.load("items/name, items/visibility");
    expect(() => sheets.items).toThrow(/'items' is not available/);
    await context.sync();
    expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
      ["Plan", "Visible"],
      ["Empty", "Hidden"],
    ]);
    expect(() => sheets.items[0].position).toThrow(/'position' is not available/);
  });
});

describe("items and null objects", () => {
  test("getItem of a missing sheet fails the sync with ItemNotFound", async () => {
    const context = new SimRequestContext(workbook());
    context.workbook.worksheets.getItem("Budget").load("name");
    expect(await rejection(context.sync())).toMatchObject({ code: "ItemNotFound" });
  });

  test("getItemOrNullObject gives a null object; isNullObject is known only after the sync", async () => {
    const context = new SimRequestContext(workbook());
    const missing = context.workbook.worksheets.getItemOrNullObject("Budget");
    const found = context.workbook.worksheets.getItemOrNullObject("plan"); // names match without case
    missing.load("name");
    found.load("name");
    expect(() => missing.isNullObject).toThrow(/'isNullObject' is not available/);
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(found.isNullObject).toBe(false);
    const ordinary = context.workbook.worksheets.getItem("Plan").load("name");
    await context.sync();
    expect(ordinary.isNullObject).toBe(false);
    expect(found.name).toBe("Plan");
    expect(() => missing.name).toThrow(/'name' is not available/);
  });

  test("a change to a null object fails the sync", async () => {
    const context = new SimRequestContext(workbook());
    const missing = context.workbook.worksheets.getItemOrNullObject("Budget");
    missing.visibility = "Hidden";
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidObjectPath" });
  });

  test("a blank sheet's used range is A1, or a null object when asked for one", async () => {
    const context = new SimRequestContext(workbook());
    const sheet = context.workbook.worksheets.getItem("Empty");
    const used = sheet.getUsedRange().load("address");
    const orNull = sheet.getUsedRangeOrNullObject(true);
    await context.sync();
    expect(used.address).toBe("Empty!A1");
    expect(orNull.isNullObject).toBe(true);
  });

  test("the used range with values only leaves out cells that hold a format alone", async () => {
    const model = workbook();
    model.sheets[0].setCell(9, 6, { value: "", numberFormat: "0.00" });
    const context = new SimRequestContext(model);
    const sheet = context.workbook.worksheets.getItem("Plan");
    const all = sheet.getUsedRange().load("address");
    const values = sheet.getUsedRange(true).load("address");
    await context.sync();
    expect(all.address).toBe("Plan!B2:F9");
    expect(values.address).toBe("Plan!B2:C3");
  });
});

describe("writing, as Excel interprets it", () => {
  test("a write happens at the sync, and a later load in the same batch sees it", async () => {
    const model = workbook();
    const context = new SimRequestContext(model);
    const range = context.workbook.worksheets.getItem("Plan").getRange("B2:C2");
    range.values = [["G9", 10]];
    expect(model.sheets[0].cell(2, 2)?.value).toBe("G1");
    range.load("values");
    await context.sync();
    expect(range.values).toEqual([["G9", 10]]);
  });

  test.each([
    ["=1+2", "=1+2"],
    ["+A1", "=+A1"],
    ["-total", "=-total"],
    ["@SUM(A1)", "=@SUM(A1)"],
  ])("text %j written to values becomes a formula", async (text, formula) => {
    const context = new SimRequestContext(workbook());
    const range = context.workbook.worksheets.getItem("Plan").getRange("E1");
    range.values = [[text]];
    range.load("formulas, values");
    await context.sync();
    expect(range.formulas).toEqual([[formula]]);
    expect(range.values).toEqual([["#NAME?"]]);
  });

  test("numeric text becomes a number; an apostrophe or the Text format keeps text", async () => {
    const context = new SimRequestContext(workbook());
    const sheet = context.workbook.worksheets.getItem("Plan");
    const range = sheet.getRange("E1:H1");
    range.numberFormat = [["General", "General", "@", "General"]];
    range.values = [["-12.5", "'=1+2", "=1+2", "text"]];
    range.load("values, formulas");
    await context.sync();
    expect(range.values).toEqual([[-12.5, "=1+2", "=1+2", "text"]]);
    expect(range.formulas).toEqual([[-12.5, "=1+2", "=1+2", "text"]]);
  });

  test("an array of the wrong shape fails the sync; what ran before it stays done", async () => {
    const model = workbook();
    const context = new SimRequestContext(model);
    const sheet = context.workbook.worksheets.getItem("Plan");
    sheet.getRange("E1").values = [["first"]];
    sheet.getRange("E2:F2").values = [["only one"]];
    sheet.getRange("E3").values = [["never"]];
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
    expect(model.sheets[0].cell(1, 5)?.value).toBe("first");
    expect(model.sheets[0].cell(3, 5)).toBeUndefined();
  });

  test("renaming onto another sheet's name fails with ItemAlreadyExists", async () => {
    const context = new SimRequestContext(workbook());
    context.workbook.worksheets.getItem("Empty").name = "PLAN";
    expect(await rejection(context.sync())).toMatchObject({ code: "ItemAlreadyExists" });
  });

  test("added sheets get the next free name and go last", async () => {
    const context = new SimRequestContext(workbook());
    const added = context.workbook.worksheets.add().load("name, position");
    const named = context.workbook.worksheets.add("گزارش").load("name, position");
    await context.sync();
    expect([added.name, added.position]).toEqual(["Sheet3", 2]);
    expect([named.name, named.position]).toEqual(["گزارش", 3]);
  });

  test.each(["", "x".repeat(32), "Plan:2026", "a/b", "[1]", "'quoted'", "History"])(
    "a sheet cannot be named %p, added or renamed",
    async (name) => {
      const context = new SimRequestContext(workbook());
      context.workbook.worksheets.add(name);
      expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
      context.workbook.worksheets.getItem("Plan").name = name;
      expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
    }
  );

  test("a sheet moves to a new position; one past the end fails", async () => {
    const context = new SimRequestContext(workbook());
    context.workbook.worksheets.getItem("Empty").position = 0;
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Empty", "Plan"]);
    context.workbook.worksheets.getItem("Plan").position = 2;
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
  });

  test("addresses quote sheet names as Excel does", async () => {
    const model = workbook();
    model.sheets.push(new ModelSheet("My plan"), new ModelSheet("اهداف"), new ModelSheet("O'Neil"));
    const context = new SimRequestContext(model);
    const ranges = ["My plan", "اهداف", "O'Neil"].map((name) =>
      context.workbook.worksheets.getItem(name).getRange("A1:B2").load("address")
    );
    await context.sync();
    expect(ranges.map((r) => r.address)).toEqual([
      "'My plan'!A1:B2",
      "اهداف!A1:B2",
      "'O''Neil'!A1:B2",
    ]);
  });
});

describe("syncs and payloads", () => {
  test("every sync is counted with its request and response bytes", async () => {
    const context = new SimRequestContext(workbook());
    const range = context.workbook.worksheets.getItem("Plan").getRange("B2:C3").load("values");
    await context.sync();
    range.values = [
      ["اهداف", 1],
      ["x", 2],
    ];
    await context.sync();
    expect(context.syncs).toHaveLength(2);
    expect(context.syncs[0].responseBytes).toBe(JSON.stringify([range.values]).length);
    // Persian letters are two bytes each in UTF-8.
    expect(context.syncs[1].requestBytes).toBeGreaterThan(
      JSON.stringify({
        values: [
          ["اهداف", 1],
          ["x", 2],
        ],
      }).length
    );
    expect(context.syncs[1].responseBytes).toBe(0);
  });

  test("a request above 5 MB fails before anything of it runs", async () => {
    const model = workbook();
    const context = new SimRequestContext(model);
    const rows = 2000;
    const range = context.workbook.worksheets.getItem("Plan").getRange(`A1:A${rows}`);
    range.values = Array.from({ length: rows }, () => [
      "x".repeat(Math.ceil(PAYLOAD_LIMIT / rows)),
    ]);
    expect(await rejection(context.sync())).toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
    expect(model.sheets[0].cell(1, 1)).toBeUndefined();
    expect(context.syncs[0].requestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  test("a response above 5 MB fails and delivers nothing", async () => {
    const model = workbook();
    const text = "y".repeat(3000);
    for (let row = 1; row <= 2000; row++) model.sheets[1].setCell(row, 1, { value: text });
    const context = new SimRequestContext(model);
    const range = context.workbook.worksheets.getItem("Empty").getUsedRange().load("values");
    expect(await rejection(context.sync())).toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
    });
    expect(() => range.values).toThrow(/'values' is not available/);
  });
});

test("payload sizes are UTF-8 bytes of the JSON", () => {
  expect(jsonBytes(["abc"])).toBe(7);
  expect(jsonBytes(["اهداف"])).toBe(4 + 10);
  expect(jsonBytes(["€"])).toBe(4 + 3);
  expect(jsonBytes(["😀"])).toBe(4 + 4);
  expect(jsonBytes(["😀"])).toBe(new TextEncoder().encode(JSON.stringify(["😀"])).length);
});

describe("custom XML parts", () => {
  const xml = (ns: string, text = "x") => `<root xmlns="${ns}">${text}</root>`;

  test("a ClientResult is readable only after the sync", async () => {
    const model = new ModelWorkbook([], [{ id: "{1}", xml: xml("urn:a") }]);
    const context = new SimRequestContext(model);
    const result = context.workbook.customXmlParts.getByNamespace("urn:a").getCount();
    expect(() => result.value).toThrow(
      expect.objectContaining({ code: "ValueNotLoaded" }) as unknown as Error
    );
    await context.sync();

    expect(result.value).toBe(1);
  });

  test("parts are found by namespace; the only item is a null object for none or several", async () => {
    const model = new ModelWorkbook(
      [],
      [
        { id: "{1}", xml: xml("urn:a") },
        { id: "{2}", xml: xml("urn:b") },
        { id: "{3}", xml: xml("urn:b") },
      ]
    );
    const context = new SimRequestContext(model);
    const parts = context.workbook.customXmlParts;
    const a = parts.getByNamespace("urn:a").getOnlyItemOrNullObject().load("id");
    const b = parts.getByNamespace("urn:b").getOnlyItemOrNullObject();
    const c = parts.getByNamespace("urn:c").getOnlyItemOrNullObject();
    const text = a.getXml();
    await context.sync();

    expect([a.isNullObject, a.id, text.value]).toEqual([false, "{1}", xml("urn:a")]);
    expect([b.isNullObject, c.isNullObject]).toEqual([true, true]);
  });

  test("a part added after a delete gets an id no part had", async () => {
    const model = new ModelWorkbook();
    const context = new SimRequestContext(model);
    const first = context.workbook.customXmlParts.add(xml("urn:a")).load("id");
    context.workbook.customXmlParts.add(xml("urn:a"));
    await context.sync();
    context.workbook.customXmlParts.getItemOrNullObject(first.id).delete();
    context.workbook.customXmlParts.add(xml("urn:a"));
    await context.sync();
    const ids = model.customXmlParts.map((p) => p.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids).not.toContain(first.id);
  });

  test("XML that is not well-formed is refused at the sync", async () => {
    const context = new SimRequestContext(new ModelWorkbook());
    context.workbook.customXmlParts.add("<open>");
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
  });
});
