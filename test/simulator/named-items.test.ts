import { SimRequestContext } from "../../src/simulator/request-context";
import { ModelSheet, ModelWorkbook } from "../../src/simulator/workbook-model";

/** "Plan" with values in A1:B2, "My plan", and two names: one of the workbook, one of "Plan". */
function workbook() {
  const plan = new ModelSheet("Plan");
  plan.setCell(1, 1, { value: "Goal" });
  plan.setCell(2, 2, { value: 40 });
  const model = new ModelWorkbook([plan, new ModelSheet("My plan")]);
  model.names.push(
    { name: "Goals", formula: "=Plan!$A$1:$B$2", visible: true, comment: "the goals" },
    { name: "Rate", formula: "=0.09", visible: false, comment: "", scope: plan }
  );
  return model;
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: { code: string }) => error
  );

describe("named items", () => {
  test("a name's properties are readable after a sync delivered them", async () => {
    const context = new SimRequestContext(workbook());
    const goals = context.workbook.names.getItem("goals"); // names match without case
    goals.load("name, type, formula, value, visible, comment, scope");
    expect(() => goals.value).toThrow(
      expect.objectContaining({ code: "PropertyNotLoaded" }) as unknown as Error
    );
    await context.sync();
    expect([goals.name, goals.type, goals.formula, goals.value]).toEqual([
      "Goals",
      "Range",
      "=Plan!$A$1:$B$2",
      "Plan!$A$1:$B$2",
    ]);
    expect([goals.visible, goals.comment, goals.scope]).toEqual([true, "the goals", "Workbook"]);
  });

  test.each([
    ["=0.09", "Double", 0.09],
    ['="a ""b"""', "String", 'a "b"'],
    ["=true", "Boolean", true],
    ["=#REF!$A$1", "Error", "#REF!"],
  ])("a constant %s has type %s", async (formula, type, value) => {
    const context = new SimRequestContext(workbook());
    const item = context.workbook.names.add("Constant", formula).load("type, value");
    await context.sync();
    expect([item.type, item.value]).toEqual([type, value]);
  });

  test("a formula the simulator cannot calculate fails the load, not with a made-up value", async () => {
    const context = new SimRequestContext(workbook());
    context.workbook.names.add("Total", "=SUM(Plan!A1:B2)").load("value");
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidOperation" });
  });

  test("workbook and sheet names are separate scopes", async () => {
    const context = new SimRequestContext(workbook());
    const bookNames = context.workbook.names.load("items/name");
    const planNames = context.workbook.worksheets.getItem("Plan").names.load("items/name");
    const inBook = context.workbook.names.getItemOrNullObject("Rate");
    const inPlan = context.workbook.worksheets.getItem("Plan").names.getItemOrNullObject("Rate");
    await context.sync();
    expect(bookNames.items.map((n) => n.name)).toEqual(["Goals"]);
    expect(planNames.items.map((n) => n.name)).toEqual(["Rate"]);
    expect([inBook.isNullObject, inPlan.isNullObject]).toEqual([true, false]);
  });

  test("a missing name fails the sync with ItemNotFound", async () => {
    const context = new SimRequestContext(workbook());
    context.workbook.names.getItem("Budget").load("name");
    expect(await rejection(context.sync())).toMatchObject({ code: "ItemNotFound" });
  });

  test("a name added for a range gets an absolute formula, the sheet quoted when needed", async () => {
    const model = workbook();
    const context = new SimRequestContext(model);
    const sheets = context.workbook.worksheets;
    const added = context.workbook.names
      .add("Area", sheets.getItem("My plan").getRange("B2:C3"), "why")
      .load("formula, comment");
    const cell = sheets.getItem("Plan").names.add("Corner", sheets.getItem("Plan").getRange("A1"));
    cell.load("formula");
    const count = context.workbook.names.getCount();
    await context.sync();
    expect([added.formula, added.comment]).toEqual(["='My plan'!$B$2:$C$3", "why"]);
    expect(cell.formula).toBe("=Plan!$A$1");
    expect(count.value).toBe(2);
    expect(model.names.find((n) => n.name === "Corner")?.scope).toBe(model.sheets[0]);
  });

  test.each(["Goals", "GOALS"])("a second %s in the same scope is refused", async (name) => {
    const context = new SimRequestContext(workbook());
    context.workbook.names.add(name, "=1");
    expect(await rejection(context.sync())).toMatchObject({ code: "ItemAlreadyExists" });
  });

  test("the same name may live in the workbook and in a sheet", async () => {
    const model = workbook();
    const context = new SimRequestContext(model);
    context.workbook.names.add("Rate", "=0.1");
    await context.sync();
    expect(model.names.filter((n) => n.name === "Rate")).toHaveLength(2);
  });

  test.each([
    ["that reads as a cell", "TAX2023"],
    ["that is a cell", "A1"],
    ["that is an R1C1 cell", "R1C1"],
    ["that is a column letter in R1C1", "c"],
    ["starting with a digit", "1st"],
    ["with a space", "two words"],
    ["of 256 characters", "x".repeat(256)],
  ])("a name %s is refused", async (_, name) => {
    const context = new SimRequestContext(workbook());
    context.workbook.names.add(name, "=1");
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
  });

  test("a reference without '=' is refused", async () => {
    const context = new SimRequestContext(workbook());
    context.workbook.names.add("Start", "Plan!A1");
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
  });

  test("visible and comment are set at the sync; delete removes the name", async () => {
    const model = workbook();
    const context = new SimRequestContext(model);
    const goals = context.workbook.names.getItem("Goals");
    goals.visible = false;
    goals.comment = "hidden";
    expect(model.names[0].visible).toBe(true);
    await context.sync();
    expect([model.names[0].visible, model.names[0].comment]).toEqual([false, "hidden"]);
    goals.delete();
    const count = context.workbook.names.getCount();
    await context.sync();
    expect(count.value).toBe(0);
  });

  test("getRange gives the referenced area; a constant has none", async () => {
    const context = new SimRequestContext(workbook());
    const plan = context.workbook.worksheets.getItem("Plan");
    const range = context.workbook.names.getItem("Goals").getRange().load("address, values");
    const none = plan.names.getItem("Rate").getRangeOrNullObject();
    await context.sync();
    expect(range.address).toBe("Plan!A1:B2");
    expect(range.values).toEqual([
      ["Goal", ""],
      ["", 40],
    ]);
    expect(none.isNullObject).toBe(true);
    plan.names.getItem("Rate").getRange();
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
  });

  test("a name referring to a missing sheet has no range", async () => {
    const context = new SimRequestContext(workbook());
    context.workbook.names.add("Lost", "=Gone!$A$1").getRange();
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
  });

  test("deleting a sheet deletes the names local to it", async () => {
    const model = workbook();
    const context = new SimRequestContext(model);
    context.workbook.worksheets.getItem("Plan").delete();
    await context.sync();
    expect(model.names.map((n) => n.name)).toEqual(["Goals"]);
  });

  test("queued loads of several names go in one sync", async () => {
    const context = new SimRequestContext(workbook());
    const goals = context.workbook.names.getItem("Goals").load("value");
    const rate = context.workbook.worksheets.getItem("Plan").names.getItem("Rate").load("value");
    await context.sync();
    expect([goals.value, rate.value]).toEqual(["Plan!$A$1:$B$2", 0.09]);
    expect(context.syncs).toHaveLength(1);
  });
});
