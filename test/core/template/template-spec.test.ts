import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LANGS } from "../../../src/core/i18n";
import { detectMapping } from "../../../src/core/mapping/detect";
import { FIELDS, ROLES, fieldDef, type FieldDef } from "../../../src/core/mapping/roles";
import { enumKey, enumLookup } from "../../../src/core/normalize/enums";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/workbook-snapshot";
import { templateSpec, type TemplateSpec } from "../../../src/core/template/template-spec";

const columnsOf = (spec: TemplateSpec) =>
  spec.sheets.flatMap((sheet) => sheet.columns.map((column) => ({ sheet, column })));

/** The workbook as the engine would read a fresh template: instructions, then header rows only. */
function headerSnapshot(spec: TemplateSpec): WorkbookSnapshot {
  const at = { visibility: "Visible" as const, origin: { row: 1, column: 1 } };
  const { name, title, lines } = spec.instructions;
  return {
    sheets: [
      { name, ...at, values: [[title], [null], ...lines.map((line) => [line])] },
      ...spec.sheets.map((s) => ({
        name: s.name,
        ...at,
        values: [s.columns.map((c) => c.header)],
      })),
    ],
  };
}

describe.each(LANGS)("the template in %s", (lang) => {
  const spec = templateSpec(lang);

  test("has one sheet per role with every field of that role, required ones included, in order", () => {
    expect(spec.sheets.map((s) => s.role)).toEqual([...ROLES]);
    for (const sheet of spec.sheets) {
      const fields = (FIELDS[sheet.role] as readonly FieldDef[]).map((d) => d.id);
      expect(sheet.columns.map((c) => c.field)).toEqual(fields);
    }
  });

  test("sheet names, table names and headers are unique, tables are valid Excel names", () => {
    const names = [spec.instructions.name, ...spec.sheets.map((s) => s.name)];
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => n.length <= 31)).toBe(true);
    const tables = spec.sheets.map((s) => s.table);
    expect(new Set(tables).size).toBe(tables.length);
    for (const table of tables) expect(table).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    for (const sheet of spec.sheets) {
      expect(new Set(sheet.columns.map((c) => c.header)).size).toBe(sheet.columns.length);
    }
  });

  test("every enumeration word offered is one the engine accepts, each value offered once", () => {
    const lists = columnsOf(spec).filter(({ column }) => column.validation?.kind === "words");
    expect(lists.map(({ column }) => column.field).sort()).toEqual(
      ["aggregation", "direction", "frequency", "kind", "status"].sort()
    );
    for (const { sheet, column } of lists) {
      if (column.validation?.kind !== "words") continue;
      const table = fieldDef(sheet.role, column.field)!.values!;
      const lookup = enumLookup(table);
      const values = column.validation.words.map((word) => lookup.get(enumKey(word)));
      expect(values).toEqual(Object.keys(table));
      // Excel's limit for a list typed into the validation, and its separator.
      expect(column.validation.words.join(",").length).toBeLessThanOrEqual(255);
      expect(column.validation.words.some((w) => w.includes(","))).toBe(false);
    }
  });

  test("Persian lists offer Persian words, English lists the value ids", () => {
    const initiatives = spec.sheets.find((s) => s.role === "initiative")!;
    const status = initiatives.columns.find((c) => c.field === "status")!.validation;
    expect(status).toEqual({
      kind: "words",
      words:
        lang === "fa"
          ? ["شروع نشده", "در حال اجرا", "تکمیل‌شده", "متوقف", "با تأخیر"]
          : ["not-started", "in-progress", "completed", "stopped", "delayed"],
      strict: true,
    });
  });

  test("each code list points at the parent role's code column on the parent's sheet", () => {
    const refs = columnsOf(spec).filter(({ column }) => column.validation?.kind === "codes");
    const links = refs.map(({ sheet, column }) => `${sheet.role}.${column.field}`);
    expect(links.sort()).toEqual(
      [
        "policy.parent",
        "goal.policies",
        "goal.parent",
        "initiative.goal",
        "kpi.goal",
        "kpi.initiative",
        "kpi.parent",
        "kpi-actuals.kpi",
        "budget.initiative",
      ].sort()
    );
    for (const { sheet, column } of refs) {
      if (column.validation?.kind !== "codes") continue;
      const def = fieldDef(sheet.role, column.field)!;
      const { role, column: letter, range, strict } = column.validation;
      expect(role).toBe(def.refRole);
      const parent = spec.sheets.find((s) => s.role === role)!;
      const index = letter.charCodeAt(0) - 65;
      expect(parent.columns[index].kind).toBe("code");
      expect(range).toBe(`'${parent.name}'!$${letter}$2:$${letter}$${spec.rows.last}`);
      // A cell of a «refs» column holds several codes, which a strict list would refuse.
      expect(strict).toBe(def.type === "ref");
    }
  });

  test("date columns are text with a Jalali example; codes are text too", () => {
    const dates = columnsOf(spec).filter(({ column }) => column.kind === "date");
    expect(dates).toHaveLength(4);
    for (const { column } of dates) {
      expect(column.numberFormat).toBe("@");
      expect(column.prompt?.text).toContain(lang === "fa" ? "۱۴۰۳/۰۱/۱۵" : "1403/01/15");
    }
    for (const { column } of columnsOf(spec).filter(({ column }) => column.kind === "code")) {
      expect(column.numberFormat).toBe("@");
    }
  });

  test("input messages fit Excel's limits and every header fits its width", () => {
    for (const { column } of columnsOf(spec)) {
      if (column.prompt) {
        expect(column.prompt.title.length).toBeLessThanOrEqual(32);
        expect(column.prompt.text.length).toBeLessThanOrEqual(255);
      }
      expect(column.width).toBeGreaterThan(column.header.length);
    }
  });

  test("the instructions name every sheet and explain codes and Jalali dates", () => {
    const text = spec.instructions.lines.join("\n");
    for (const sheet of spec.sheets) expect(text).toContain(sheet.name);
    expect(text).toContain(lang === "fa" ? "۱۴۰۳/۰۱/۱۵" : "1403/01/15");
    expect(text).toContain(lang === "fa" ? "راهبرد" : "Rahbord");
  });

  test("right to left in Persian only", () => {
    expect(spec.rightToLeft).toBe(lang === "fa");
  });

  test("detection maps a fresh template back: every sheet to its role, every column to its field", () => {
    const detection = detectMapping(headerSnapshot(spec));
    expect(detection.uncertain).toBe(false);
    expect(detection.sheets.map((s) => s.role)).toEqual([undefined, ...ROLES]);
    for (const sheet of spec.sheets) {
      const mapped = detection.mapping.roles[sheet.role]!;
      expect(mapped).toMatchObject({ sheet: sheet.name, headerRow: 1 });
      expect(Object.keys(mapped.columns)).toEqual(sheet.columns.map((c) => c.field));
      expect(mapped.wide).toBeUndefined();
    }
  });

  test("docs/template.md lists every sheet and header", () => {
    const doc = readFileSync(join(__dirname, "../../../docs/template.md"), "utf8");
    for (const sheet of spec.sheets) {
      expect(doc).toContain(sheet.name);
      for (const column of sheet.columns) expect(doc).toContain(`| ${column.header} |`);
    }
  });
});
