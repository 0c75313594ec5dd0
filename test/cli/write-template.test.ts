import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeTemplateFile } from "../../src/cli/write-template";
import { readWorkbookFile } from "../../src/cli/read-workbook";
import { LANGS } from "../../src/core/i18n";
import { detectMapping } from "../../src/core/mapping/detect";
import { ROLES } from "../../src/core/mapping/roles";
import { columnLetters } from "../../src/core/snapshot/address";
import { templateSpec } from "../../src/core/template/template-spec";

/** What exceljs reads back of a validation; its type declarations omit the per-cell model. */
type Validations = { dataValidations: { model: Record<string, ExcelJS.DataValidation> } };

const NOT_THE_CLOCK: FakeableAPI[] = [
  "hrtime",
  "nextTick",
  "performance",
  "queueMicrotask",
  "setImmediate",
  "clearImmediate",
  "setInterval",
  "clearInterval",
  "setTimeout",
  "clearTimeout",
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "rahbord-template-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(LANGS)("the template file in %s", (lang) => {
  const spec = templateSpec(lang);
  const file = () => join(dir, `template-${lang}.xlsx`);
  const workbook = new ExcelJS.Workbook();

  beforeAll(async () => {
    await writeTemplateFile(file(), lang);
    await workbook.xlsx.readFile(file());
  });

  test("the instructions come first, then one sheet per role", () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      spec.instructions.name,
      ...spec.sheets.map((s) => s.name),
    ]);
    const instructions = workbook.worksheets[0];
    expect(instructions.getCell("A1").value).toBe(spec.instructions.title);
    expect(instructions.getColumn(1).values.filter(Boolean)).toEqual([
      spec.instructions.title,
      ...spec.instructions.lines,
    ]);
    expect(instructions.views[0].rightToLeft).toBe(lang === "fa");
    expect(workbook.creator).toBe("Rahbord");
  });

  test("each role sheet holds one table with the headers and a single empty row", () => {
    for (const sheet of spec.sheets) {
      const ws = workbook.getWorksheet(sheet.name)!;
      const tables = ws.getTables() as unknown as {
        table: ExcelJS.TableProperties & { tableRef: string };
      }[];
      expect(tables).toHaveLength(1);
      const { table } = tables[0];
      expect(table.name).toBe(sheet.table);
      expect(table.tableRef).toBe(`A1:${columnLetters(sheet.columns.length)}2`);
      expect(table.columns.map((c) => c.name)).toEqual(sheet.columns.map((c) => c.header));
      expect(ws.getRow(1).values).toEqual([undefined, ...sheet.columns.map((c) => c.header)]);
      expect(
        (ws.getRow(2).values as ExcelJS.CellValue[]).filter((v) => v !== undefined && v !== null)
      ).toEqual([]);
    }
  });

  test("headers are frozen, sheets right to left in Persian only, columns as wide as specified", () => {
    for (const sheet of spec.sheets) {
      const ws = workbook.getWorksheet(sheet.name)!;
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1, rightToLeft: lang === "fa" });
      sheet.columns.forEach((column, i) => {
        expect(ws.getColumn(i + 1).width).toBe(column.width);
        expect(ws.getColumn(i + 1).numFmt).toBe(column.numberFormat);
      });
    }
  });

  test("lists and input messages cover rows 2 to the last body row of their column", () => {
    for (const sheet of spec.sheets) {
      const model = (workbook.getWorksheet(sheet.name) as unknown as Validations).dataValidations
        .model;
      sheet.columns.forEach((column, i) => {
        const letter = columnLetters(i + 1);
        const top = model[`${letter}2`];
        expect(model[`${letter}${spec.rows.last}`]).toEqual(top);
        expect(model[`${letter}1`]).toBeUndefined();
        expect(model[`${letter}${spec.rows.last + 1}`]).toBeUndefined();
        const check = column.validation;
        if (check?.kind === "words") {
          expect(top).toMatchObject({ type: "list", formulae: [`"${check.words.join(",")}"`] });
        } else if (check?.kind === "codes") {
          expect(top).toMatchObject({ type: "list", formulae: [check.range] });
        }
        if (check) expect(Boolean(top.showErrorMessage)).toBe(check.strict);
        else if (!column.prompt) {
          expect(top).toBeUndefined();
        }
        if (column.prompt) {
          expect(top).toMatchObject({
            showInputMessage: true,
            promptTitle: column.prompt.title,
            prompt: column.prompt.text,
          });
        }
      });
    }
  });

  test("a goal's policies list reads the policy codes", () => {
    const goals = workbook.getWorksheet(
      spec.sheets.find((s) => s.role === "goal")!.name
    ) as unknown as Validations;
    expect(goals.dataValidations.model.C2.formulae).toEqual([
      lang === "fa" ? "'سیاست‌ها'!$A$2:$A$1000" : "'Policies'!$A$2:$A$1000",
    ]);
  });

  test("read back as the CLI reads workbooks, detection maps every sheet and column", async () => {
    const { snapshot } = await readWorkbookFile(file());
    const detection = detectMapping(snapshot);
    expect(detection.uncertain).toBe(false);
    for (const sheet of spec.sheets) {
      const mapped = detection.mapping.roles[sheet.role];
      expect(mapped?.sheet).toBe(sheet.name);
      expect(Object.keys(mapped?.columns ?? {})).toEqual(sheet.columns.map((c) => c.field));
    }
    expect(Object.keys(detection.mapping.roles).sort()).toEqual([...ROLES].sort());
  });

  test("the same language gives the same bytes, whenever it is written", async () => {
    const later = join(dir, `later-${lang}.xlsx`);
    // Only the clock moves (to another day); the zip's own timers keep running.
    jest.useFakeTimers({ now: new Date("2031-06-15T10:20:30Z"), doNotFake: NOT_THE_CLOCK });
    try {
      await writeTemplateFile(later, lang);
    } finally {
      jest.useRealTimers();
    }
    expect((await readFile(later)).equals(await readFile(file()))).toBe(true);
  });
});
