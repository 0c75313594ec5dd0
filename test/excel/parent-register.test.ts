import { detectMapping } from "../../src/core/mapping/detect";
import { buildPlan } from "../../src/core/model/build-plan";
import { registerOf, type ParentRegister } from "../../src/core/register/parent-register";
import {
  REGISTER_HEADER_ROW,
  REGISTER_SHEET_NAMES,
  registerSheetName,
} from "../../src/core/register/register-sheet";
import { REPORT_SHEET_NAMES } from "../../src/core/report/report-labels";
import {
  readParentRegister,
  removeParentRegister,
  writeParentRegister,
} from "../../src/excel/parent-register";
import { validateWorkbook } from "../../src/excel/validate-workbook";
import { SimRequestContext } from "../../src/simulator/request-context";
import type { ModelWorkbook } from "../../src/simulator/workbook-model";
import { readWorkbookBytes } from "../../src/xlsx/workbook-bytes";
import { childModel, parentSnapshot, xlsxBytes } from "../helpers/parent-plan";
import { dressAsUsersWorkbook, simulatedSample } from "../helpers/simulated-workbook";
import { sheetState, userState } from "../helpers/workbook-state";

/** The parent plan as the pane makes it: its .xlsx bytes read, detected, built, made a register. */
async function parentRegister(snapshot = parentSnapshot(), fileName = "city-plan.xlsx") {
  const bytes = await xlsxBytes(snapshot);
  const read = await readWorkbookBytes(bytes, fileName);
  const plan = buildPlan(read.snapshot, detectMapping(read.snapshot).mapping);
  return registerOf(plan, {
    fileName,
    importedAt: "2026-03-21T08:30:00.000Z",
    hash: "ab".repeat(32),
  });
}

const asContext = (s: SimRequestContext) => s as unknown as Excel.RequestContext;
const options = { lang: "en" as const, readingOrder: true };
const registerCell = (model: ModelWorkbook, row: number, column: number) =>
  model.sheets.find((s) => REGISTER_SHEET_NAMES.includes(s.name))?.cell(row, column);

describe("the parent register in the workbook", () => {
  let register: ParentRegister;
  beforeAll(async () => {
    register = await parentRegister();
  });

  test("the parent plan read from its bytes gives the register's entities", () => {
    expect(register.policies.map((p) => p.code)).toEqual(["P1", "P2"]);
    expect(register.goals.map((g) => [g.code, g.title])).toEqual([
      ["G1", "=Collection coverage"],
      ["G2", "+Recycling"],
    ]);
    expect(register.kpis.map((k) => [k.code, k.name, k.unit, k.target])).toEqual([
      ["K1", "Coverage rate", "%", 80],
      ["K2", "Waste recycled", "tonnes", 1000],
      ["K3", "@Complaints", "count", 50],
    ]);
  });

  test("is written in two syncs on a protected sheet, text as text and numbers as numbers, the user's sheets untouched", async () => {
    const { model, simulator } = await simulatedSample("plan-en.xlsx");
    dressAsUsersWorkbook(model, model.sheets[1].name, 6);
    const before = userState(model, REGISTER_SHEET_NAMES);
    const sheets = model.sheets.length;
    const syncs = simulator.syncs.length;

    const written = await writeParentRegister(asContext(simulator), register, options);
    expect(simulator.syncs.length - syncs).toBe(2);
    expect(written).toEqual({
      kind: "written",
      sheet: registerSheetName("en"),
      rows: 7,
      replaced: false,
    });
    expect(model.sheets).toHaveLength(sheets + 1);
    expect(userState(model, REGISTER_SHEET_NAMES)).toBe(before);

    const registerSheet = model.sheet(written.sheet)!;
    expect(registerSheet.protection).toBeDefined();
    expect(registerSheet.protection?.password).toBeUndefined();
    expect(registerSheet.frozenRows).toBe(REGISTER_HEADER_ROW);
    expect(registerSheet.cell(REGISTER_HEADER_ROW, 2)?.font?.bold).toBe(true);
    expect(registerSheet.columnWidths.get(3)).toBeGreaterThan(registerSheet.columnWidths.get(2)!);
    // Rows below the header: P1, P2, G1, G2, K1, K2, K3.
    const row = (n: number) => REGISTER_HEADER_ROW + n;
    for (const [r, text] of [
      [row(2), "-Reduce waste at source"],
      [row(3), "=Collection coverage"],
      [row(4), "+Recycling"],
      [row(7), "@Complaints"],
    ] as const) {
      const cell = registerSheet.cell(r, 3);
      expect(cell?.value).toBe(text);
      expect(cell?.formula).toBeUndefined();
    }
    expect(registerSheet.cell(row(5), 9)?.value).toBe(80);
    expect(registerSheet.cell(row(6), 9)?.value).toBe(1000);
    expect(registerSheet.cell(2, 2)?.value).toBe("city-plan.xlsx");
    expect(registerSheet.cell(4, 2)?.value).toBe("ab".repeat(32));

    // Read back for the pane: the same source and entities, and the sheet protected.
    const reader = new SimRequestContext(model);
    const state = await readParentRegister(asContext(reader));
    expect(reader.syncs).toHaveLength(2);
    expect(state?.protected).toBe(true);
    expect(state?.sheet).toBe(written.sheet);
    expect(state?.register.source).toEqual(register.source);
    expect(state?.register.kpis.map((k) => [k.code, k.unit, k.target, k.direction])).toEqual([
      ["K1", "%", 80, "increase"],
      ["K2", "tonnes", 1000, "increase"],
      ["K3", "count", 50, "decrease"],
    ]);
    expect(
      state?.register.goals.map((g) => [g.code, g.title, g.policies.map((p) => p.code)])
    ).toEqual([
      ["G1", "=Collection coverage", ["P1"]],
      ["G2", "+Recycling", ["P2"]],
    ]);
  });

  test("the protected sheet refuses edits through the API, as Excel does", async () => {
    const { model, simulator } = await simulatedSample("plan-en.xlsx");
    const { sheet: name } = await writeParentRegister(asContext(simulator), register, options);
    const context = new SimRequestContext(model);
    context.workbook.worksheets.getItem(name).getRange("C7").values = [["edited"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(registerCell(model, 7, 3)?.value).toBe("Clean city");
  });

  test("re-importing replaces the register in place, in the new language, and keeps it protected", async () => {
    const { model, simulator } = await simulatedSample("plan-en.xlsx");
    const before = userState(model, REGISTER_SHEET_NAMES);
    await writeParentRegister(asContext(simulator), register, options);
    const sheets = model.sheets.length;
    const changed = await parentRegister(
      { sheets: parentSnapshot(85).sheets.map((s) => ({ ...s, values: s.values.slice(0, 3) })) },
      "city-plan-v2.xlsx"
    );
    const again = new SimRequestContext(model);
    const written = await writeParentRegister(asContext(again), changed, {
      lang: "fa",
      readingOrder: true,
    });
    expect(again.syncs).toHaveLength(2);
    expect(written).toEqual({
      kind: "written",
      sheet: registerSheetName("fa"),
      rows: 6,
      replaced: true,
    });
    expect(model.sheets).toHaveLength(sheets);
    expect(model.sheet(registerSheetName("en"))).toBeUndefined();
    const registerSheet = model.sheet(registerSheetName("fa"))!;
    expect(registerSheet.protection).toBeDefined();
    expect(registerSheet.cell(1, 1)?.readingOrder).toBe("RightToLeft");
    // The old rows are gone: 6 entities, then nothing.
    expect(registerSheet.usedArea(true)?.bottom).toBe(REGISTER_HEADER_ROW + 6);
    expect(registerSheet.cell(2, 2)?.value).toBe("city-plan-v2.xlsx");
    const state = await readParentRegister(asContext(new SimRequestContext(model)));
    expect(state?.register.kpis.map((k) => [k.code, k.target])).toEqual([
      ["K1", 85],
      ["K2", 1000],
    ]);
    expect(userState(model, REGISTER_SHEET_NAMES)).toBe(before);
  });

  test("a register the user locked with a password is left as it was, and said to be locked", async () => {
    const { model, simulator } = await simulatedSample("plan-en.xlsx");
    await writeParentRegister(asContext(simulator), register, options);
    const sheet = model.sheet(registerSheetName("en"))!;
    sheet.protection = { options: {}, password: "secret" };
    const before = sheetState(sheet);
    const again = new SimRequestContext(model);
    const changed = await parentRegister(parentSnapshot(85), "city-plan-v2.xlsx");
    const written = await writeParentRegister(asContext(again), changed, options);
    expect(written).toEqual({ kind: "locked", sheet: registerSheetName("en") });
    expect(again.syncs).toHaveLength(3);
    expect(sheetState(sheet)).toBe(before);
  });

  test("removing deletes the register sheet and nothing else; with none there is nothing to do", async () => {
    const { model } = await simulatedSample("plan-en.xlsx");
    const before = userState(model);
    const names = model.sheets.map((s) => s.name);
    await writeParentRegister(asContext(new SimRequestContext(model)), register, options);
    const remover = new SimRequestContext(model);
    expect(await removeParentRegister(asContext(remover))).toEqual([registerSheetName("en")]);
    expect(remover.syncs).toHaveLength(2);
    expect(model.sheets.map((s) => s.name)).toEqual(names);
    expect(userState(model)).toBe(before);

    const idle = new SimRequestContext(model);
    expect(await removeParentRegister(asContext(idle))).toEqual([]);
    expect(idle.syncs).toHaveLength(1);
    const reader = new SimRequestContext(model);
    expect(await readParentRegister(asContext(reader))).toBeUndefined();
    expect(reader.syncs).toHaveLength(1);
  });
});

describe("end to end: a district plan validated against its imported parent", () => {
  const RULES = ["unit-mismatch", "target-below-policy", "unknown-reference", "unaligned-goal"];
  const validate = async (model: ModelWorkbook) => {
    const outcome = await validateWorkbook(asContext(new SimRequestContext(model)), {
      lang: "en",
      mergedAreas: true,
      readingOrder: true,
    });
    if (outcome.kind !== "validated") throw new Error(outcome.kind);
    return outcome.findings
      .filter((f) => RULES.includes(f.rule))
      .map((f) => ({
        rule: f.rule,
        sheet: f.sheet,
        cell: f.cell,
        related: f.related?.map((r) => `${r.sheet}!${r.cell}`),
      }));
  };

  test("before the import the parent's codes are unknown; after it, the cascade is judged against the register", async () => {
    const model = childModel();
    const before = await validate(model);
    expect(before).toEqual([
      { rule: "unknown-reference", sheet: "Goals", cell: "C2", related: undefined },
      { rule: "unknown-reference", sheet: "KPIs", cell: "D2", related: undefined },
      { rule: "unknown-reference", sheet: "KPIs", cell: "D3", related: undefined },
    ]);

    const ownSheets = [...REGISTER_SHEET_NAMES, ...REPORT_SHEET_NAMES];
    const user = userState(model, ownSheets);
    await writeParentRegister(
      asContext(new SimRequestContext(model)),
      await parentRegister(),
      options
    );
    const name = registerSheetName("en");
    // K1 and K2 are the register's 5th and 6th rows; their target and unit columns are I and G.
    const after = await validate(model);
    expect(after).toEqual([
      { rule: "target-below-policy", sheet: "KPIs", cell: "G2", related: [`${name}!I11`] },
      { rule: "unit-mismatch", sheet: "KPIs", cell: "E3", related: [`${name}!G12`] },
    ]);
    expect(userState(model, ownSheets)).toBe(user);
  });
});
