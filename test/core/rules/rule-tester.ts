import type { RuleConfig } from "../../../src/core/config";
import type { Finding } from "../../../src/core/findings";
import type {
  MappingDocument,
  SheetMapping,
  WideColumn,
} from "../../../src/core/mapping/mapping-document";
import type { Role } from "../../../src/core/mapping/roles";
import { buildPlan } from "../../../src/core/model/build-plan";
import {
  REGISTER_HEADER_ROW,
  registerSheetName,
  registerSheetRows,
} from "../../../src/core/register/register-sheet";
import type { Rule } from "../../../src/core/rules/rule";
import { runRules } from "../../../src/core/rules/run-rules";
import { columnLetters } from "../../../src/core/snapshot/address";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot/workbook-snapshot";

/**
 * A sheet per role, written as a table: the first row names the fields (see FIELDS), the rest are
 * data rows (worksheet rows 2, 3, …). Wide columns are named measure@year or measure@period,
 * optionally #source: "approved@1402", "spent@1402#grant", "target@1403", "actual@1402-Q1".
 */
export type Tables = Partial<Record<Role, CellValue[][]>> & {
  /** The higher-level plan's register table: its header row (kind, id, title, …) and rows. */
  register?: CellValue[][];
};

/** A register sheet holding the given table below the source lines Rahbord writes. */
function registerSheet(table: CellValue[][]) {
  const source = { fileName: "parent.xlsx", importedAt: "2026-01-01T00:00:00Z", hash: "00" };
  const sheet = registerSheetRows({ source, policies: [], goals: [], kpis: [] }, "en");
  return {
    name: registerSheetName("en"),
    visibility: "Visible" as const,
    origin: { row: 1, column: 1 },
    values: [...sheet.slice(0, REGISTER_HEADER_ROW - 1), ...table],
  };
}

function wideColumn(header: string, column: string): WideColumn | undefined {
  const m = /^(approved|spent|target|actual)@([^#]+)(?:#(.+))?$/.exec(header);
  if (!m) return undefined;
  const [, measure, when, source] = m;
  const base = { column, header, measure: measure as WideColumn["measure"] };
  return measure === "actual"
    ? { ...base, period: when }
    : { ...base, year: Number(when), ...(source ? { source } : {}) };
}

/** The snapshot and mapping of such tables: each role on a sheet named after it, headers in row 1. */
export function workbookOf(tables: Tables): {
  snapshot: WorkbookSnapshot;
  mapping: MappingDocument;
} {
  const snapshot: WorkbookSnapshot = { sheets: [] };
  const mapping: MappingDocument = { version: 1, roles: {} };
  const { register, ...roles } = tables;
  if (register) snapshot.sheets.push(registerSheet(register));
  for (const [role, rows] of Object.entries(roles) as [Role, CellValue[][]][]) {
    snapshot.sheets.push({
      name: role,
      visibility: "Visible",
      origin: { row: 1, column: 1 },
      values: rows,
    });
    const sheet: SheetMapping = { sheet: role, headerRow: 1, columns: {} };
    rows[0].forEach((header, i) => {
      const column = columnLetters(i + 1);
      const wide = wideColumn(String(header), column);
      if (wide) (sheet.wide ??= []).push(wide);
      else sheet.columns[String(header)] = { column };
    });
    mapping.roles[role] = sheet;
  }
  return { snapshot, mapping };
}

export function findingsOf(
  rule: Rule,
  tables: Tables,
  config?: RuleConfig,
  lang: "en" | "fa" = "en"
): Finding[] {
  const { snapshot, mapping } = workbookOf(tables);
  return runRules(buildPlan(snapshot, mapping), [rule], config, lang);
}

interface Case {
  name: string;
  tables: Tables;
  config?: RuleConfig;
}

export interface InvalidCase extends Case {
  /** Exactly the findings expected, in reading order: sheet (the role), cell, and code. */
  findings: { sheet: Role | "register"; cell: string; id?: string; message?: string }[];
}

/** ESLint's RuleTester, for plan rules: passing tables give no finding, failing ones exactly theirs. */
export function testRule(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    test.each(cases.valid.map((c) => [c.name, c] as const))("passes: %s", (_, c) => {
      expect(findingsOf(rule, c.tables, c.config)).toEqual([]);
    });

    test.each(cases.invalid.map((c) => [c.name, c] as const))("fails: %s", (_, c) => {
      const found = findingsOf(rule, c.tables, c.config);
      const sheetOf = (f: Finding) => (f.sheet === registerSheetName("en") ? "register" : f.sheet);
      expect(found.map((f) => ({ sheet: sheetOf(f), cell: f.cell, id: f.id }))).toEqual(
        c.findings.map((f) => ({ sheet: f.sheet, cell: f.cell, id: f.id }))
      );
      c.findings.forEach((f, i) => f.message && expect(found[i].message).toBe(f.message));
      expect(
        found.every((f) => f.rule === rule.meta.id && f.severity === rule.meta.defaultSeverity)
      ).toBe(true);
      for (const lang of ["en", "fa"] as const) {
        for (const f of findingsOf(rule, c.tables, c.config, lang)) {
          expect(f.message).not.toMatch(/[{}]/);
          expect(f.message.trim()).not.toBe("");
        }
      }
    });

    test("has its metadata and documentation in both languages", () => {
      const { meta } = rule;
      expect(meta.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      for (const lang of ["en", "fa"] as const) {
        expect(meta.messages[lang].trim()).not.toBe("");
        expect(meta.description[lang].trim()).not.toBe("");
      }
      expect(/[\u0600-\u06ff]/.test(meta.messages.fa)).toBe(true);
    });
  });
}

/** A register table: its header, then rows of kind, id, title, parent, policies, goal, unit, direction, target, aggregation, ceiling. */
export function registerTable(...rows: CellValue[][]): CellValue[][] {
  const header = ["Kind", "Code", "Title", "Parent", "Policies", "Goal", "Unit"];
  return [[...header, "Direction", "Target", "Aggregation", "Budget ceiling"], ...rows];
}
