import { LANGS, type Lang } from "../../src/core/i18n";
import { detectMapping } from "../../src/core/mapping/detect";
import { ROLES, type Role } from "../../src/core/mapping/roles";
import { templateNames } from "../../src/core/template/template-names";
import { templateSpec, type TemplateSpec } from "../../src/core/template/template-spec";
import { insertTemplate } from "../../src/excel/insert-template";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { operationSupport } from "../../src/excel/requirements";
import { SimRequestContext } from "../../src/simulator/request-context";
import { ModelSheet, ModelWorkbook } from "../../src/simulator/workbook-model";
import { dressAsUsersWorkbook } from "../helpers/simulated-workbook";
import { userState } from "../helpers/workbook-state";

/** What the template may use in an Excel supporting every ExcelApi set up to `max`, as the ribbon asks. */
function excelAt(max: string) {
  const [topMajor, topMinor] = max.split(".").map(Number);
  const support = operationSupport("insertTemplate", (name, version) => {
    const [major, minor] = version.split(".").map(Number);
    return name === "ExcelApi" && (major < topMajor || (major === topMajor && minor <= topMinor));
  });
  const has = (id: string) => !support.missing.some((f) => f.id === id);
  return {
    insertSheets: has("insertSheets"),
    dataValidation: has("dataValidation"),
    readingOrder: has("readingOrder"),
  };
}

/** One sheet of the user's, with formats, a note, validation, conditional formats and a name. */
function usersWorkbook(name = "Sheet1") {
  const sheet = new ModelSheet(name);
  sheet.setCell(1, 1, { value: "G1" });
  sheet.setCell(2, 1, { value: "G2" });
  const model = new ModelWorkbook([sheet]);
  dressAsUsersWorkbook(model, name, 2);
  const simulator = new SimRequestContext(model);
  return { model, simulator, context: simulator as unknown as Excel.RequestContext };
}

const roleSheet = (spec: TemplateSpec, role: Role) => spec.sheets.find((s) => s.role === role)!;
/** The 1-based column of a field in its role's sheet. */
const columnOf = (spec: TemplateSpec, role: Role, field: string) =>
  roleSheet(spec, role).columns.findIndex((c) => c.field === field) + 1;

/** What a template cell of row 2 offers as its list, "" when it has none. */
function listAt(model: ModelWorkbook, spec: TemplateSpec, role: Role, field: string) {
  const rule = model.sheet(roleSheet(spec, role).name)?.cell(2, columnOf(spec, role, field))
    ?.validation?.rule as { list?: { source: string } } | undefined;
  return rule?.list?.source ?? "";
}

const VERSIONS = ["1.13", "1.9", "1.7"] as const;

describe.each(LANGS)("in %s", (lang: Lang) => {
  const spec = templateSpec(lang);
  const fa = lang === "fa";

  describe("with ExcelApi 1.13 the template's file goes in", () => {
    test("after the user's sheets, which stay as they were, in two syncs", async () => {
      const { model, simulator, context } = usersWorkbook();
      const before = userState(model);
      const outcome = await insertTemplate(context, { lang, ...excelAt("1.13") });
      expect(outcome).toEqual({
        sheets: [spec.instructions.name, ...spec.sheets.map((s) => s.name)],
        rightToLeftSheets: fa,
        leftOut: [],
      });
      expect(model.sheets.map((s) => s.name)).toEqual(["Sheet1", ...outcome.sheets]);
      expect(userState(model, outcome.sheets)).toBe(before);
      expect(model.active?.name).toBe(spec.instructions.name);
      expect(simulator.syncs).toHaveLength(2);
    });

    test("right-to-left sheets in Persian only; a frozen header over one table a sheet", async () => {
      const { model, context } = usersWorkbook();
      await insertTemplate(context, { lang, ...excelAt("1.13") });
      expect(model.sheet(spec.instructions.name)?.rightToLeft).toBe(fa || undefined);
      for (const role of spec.sheets) {
        const sheet = model.sheet(role.name)!;
        expect([sheet.rightToLeft, sheet.frozenRows]).toEqual([fa || undefined, 1]);
        const right = role.columns.length;
        expect(sheet.tables).toEqual([
          { name: role.table, area: { top: 1, left: 1, bottom: 2, right }, headerRow: true },
        ]);
        const headers = role.columns.map((_, i) => sheet.cell(1, i + 1)?.value);
        expect(headers).toEqual(role.columns.map((c) => c.header));
      }
    });

    test("the lists offer the language's words and the parent sheet's codes, rows 2 to 1000", async () => {
      const { model, context } = usersWorkbook();
      await insertTemplate(context, { lang, ...excelAt("1.13") });
      const status = listAt(model, spec, "initiative", "status").split(",");
      expect(status).toContain(fa ? "تکمیل‌شده" : "completed");
      expect(status).toContain(fa ? "در حال اجرا" : "in-progress");
      expect(listAt(model, spec, "kpi", "direction").split(",")).toEqual(
        fa ? ["افزایشی", "کاهشی", "ثابت"] : ["increase", "decrease", "maintain"]
      );
      expect(listAt(model, spec, "initiative", "goal")).toBe(
        `='${roleSheet(spec, "goal").name}'!$A$2:$A$1000`
      );
      const kpis = model.sheet(roleSheet(spec, "kpi").name)!;
      const frequency = columnOf(spec, "kpi", "frequency");
      expect(kpis.cell(1000, frequency)?.validation).toEqual(kpis.cell(2, frequency)?.validation);
      expect(kpis.cell(1001, frequency)?.validation).toBeUndefined();
    });
  });

  describe("below ExcelApi 1.13 the sheets are built through the API", () => {
    test("with lists and, in Persian, right-to-left cells but not right-to-left sheets; two syncs", async () => {
      const { model, simulator, context } = usersWorkbook();
      const before = userState(model);
      const outcome = await insertTemplate(context, { lang, ...excelAt("1.9") });
      expect(outcome).toEqual({
        sheets: [spec.instructions.name, ...spec.sheets.map((s) => s.name)],
        rightToLeftSheets: false,
        leftOut: fa ? ["insertSheets"] : [],
      });
      expect(userState(model, outcome.sheets)).toBe(before);
      expect(simulator.syncs).toHaveLength(2);
      expect(model.active?.name).toBe(spec.instructions.name);
      for (const role of spec.sheets) {
        const sheet = model.sheet(role.name)!;
        const right = role.columns.length;
        expect([sheet.rightToLeft, sheet.frozenRows]).toEqual([undefined, 1]);
        expect(sheet.tables).toEqual([
          { name: role.table, area: { top: 1, left: 1, bottom: 2, right }, headerRow: true },
        ]);
        const order = fa ? "RightToLeft" : undefined;
        expect([sheet.cell(1, 1)?.readingOrder, sheet.cell(1000, right)?.readingOrder]).toEqual([
          order,
          order,
        ]);
        role.columns.forEach((column, i) => {
          expect(sheet.cell(1, i + 1)).toMatchObject({ value: column.header, numberFormat: "@" });
          expect(sheet.cell(1000, i + 1)?.numberFormat).toBe(column.numberFormat);
          expect(sheet.columnWidths.get(i + 1)).toBe((column.width * 7 + 5) * 0.75);
        });
      }
      expect(model.sheet(spec.instructions.name)?.cell(1, 1)).toMatchObject({
        value: spec.instructions.title,
        font: { bold: true },
      });
    });

    test("strict lists refuse other typing, code suggestions and notes do not", async () => {
      const { model, context } = usersWorkbook();
      await insertTemplate(context, { lang, ...excelAt("1.9") });
      const at = (role: Role, field: string) =>
        model.sheet(roleSheet(spec, role).name)?.cell(2, columnOf(spec, role, field))?.validation;
      expect(listAt(model, spec, "initiative", "status").split(",")).toContain(
        fa ? "تکمیل‌شده" : "completed"
      );
      expect(at("initiative", "status")?.errorAlert?.showAlert).toBe(true);
      expect(at("goal", "policies")).toMatchObject({
        rule: { list: { source: `='${roleSheet(spec, "policy").name}'!$A$2:$A$1000` } },
        errorAlert: { showAlert: false },
        prompt: { showPrompt: true },
      });
      const start = roleSheet(spec, "goal").columns.find((c) => c.field === "start")!;
      expect(at("goal", "start")).toMatchObject({
        rule: { custom: { formula: "=TRUE" } },
        errorAlert: { showAlert: false },
        prompt: { showPrompt: true, title: start.prompt?.title, message: start.prompt?.text },
      });
    });

    test("without ExcelApi 1.8 there are no lists, and the outcome says so", async () => {
      const { model, simulator, context } = usersWorkbook();
      const outcome = await insertTemplate(context, { lang, ...excelAt("1.7") });
      expect(outcome.leftOut).toEqual(
        fa ? ["insertSheets", "dataValidation", "readingOrder"] : ["dataValidation"]
      );
      const cells = outcome.sheets.flatMap((name) =>
        [...model.sheet(name)!.cells.values()].flatMap((line) => [...line.values()])
      );
      expect(cells.length).toBeGreaterThan(1000);
      expect(cells.filter((c) => c.validation || c.readingOrder)).toEqual([]);
      expect(simulator.syncs).toHaveLength(2);
    });
  });

  test.each(VERSIONS)(
    "with ExcelApi %s, the template read back is detected with every role and column",
    async (version) => {
      const { context } = usersWorkbook();
      await insertTemplate(context, { lang, ...excelAt(version) });
      const detection = detectMapping(await readSnapshot(context));
      expect(detection.uncertain).toBe(false);
      expect(Object.keys(detection.mapping.roles).sort()).toEqual([...ROLES].sort());
      for (const sheet of spec.sheets) {
        const mapped = detection.mapping.roles[sheet.role];
        expect(mapped?.sheet).toBe(sheet.name);
        expect(Object.keys(mapped?.columns ?? {})).toEqual(sheet.columns.map((c) => c.field));
      }
    }
  );

  test("the file and the API give the same text", async () => {
    const text = async (version: string) => {
      const { context } = usersWorkbook();
      await insertTemplate(context, { lang, ...excelAt(version) });
      return (await readSnapshot(context)).sheets.map(({ name, values }) => ({ name, values }));
    };
    const inserted = await text("1.13");
    expect(inserted.map((s) => s.name)).toEqual([
      "Sheet1",
      spec.instructions.name,
      ...spec.sheets.map((s) => s.name),
    ]);
    expect(await text("1.9")).toEqual(inserted);
  });
});

describe.each(VERSIONS)("with ExcelApi %s, names the workbook already holds", (version) => {
  /** A Persian workbook with a goals sheet of the user's, its table named Goals, and a name KPIs. */
  function crowdedWorkbook() {
    const crowded = usersWorkbook("اهداف");
    const sheet = crowded.model.sheets[0];
    sheet.tables.push({
      name: "Goals",
      area: { top: 1, left: 1, bottom: 2, right: 1 },
      headerRow: false,
    });
    crowded.model.names.push({
      name: "KPIs",
      formula: "='اهداف'!$A$1",
      visible: true,
      comment: "",
    });
    return crowded;
  }

  test("stay untouched; the template's sheet and tables take a suffix, its lists follow", async () => {
    const { model, context } = crowdedWorkbook();
    const before = userState(model);
    const outcome = await insertTemplate(context, { lang: "fa", ...excelAt(version) });
    const spec = templateSpec(
      "fa",
      templateNames("fa", { sheets: ["اهداف"], tables: ["Goals", "KPIs"] })
    );
    expect(outcome.sheets).toContain("اهداف (2)");
    expect(model.sheets.map((s) => s.name)).toEqual(["اهداف", ...outcome.sheets]);
    expect(userState(model, outcome.sheets)).toBe(before);
    expect(model.sheet("اهداف (2)")?.tables.map((t) => t.name)).toEqual(["Goals_2"]);
    expect(model.sheet(roleSheet(spec, "kpi").name)?.tables.map((t) => t.name)).toEqual(["KPIs_2"]);
    if (version !== "1.7")
      expect(listAt(model, spec, "initiative", "goal")).toBe("='اهداف (2)'!$A$2:$A$1000");
    const instructions = [...model.sheet(outcome.sheets[0])!.cells.values()].map(
      (line) => line.get(1)?.value
    );
    expect(instructions.some((text) => String(text).startsWith("«اهداف (2)»:"))).toBe(true);
  });
});
