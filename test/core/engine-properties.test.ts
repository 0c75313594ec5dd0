import fc from "fast-check";
import type { MappingDocument } from "../../src/core/mapping/mapping-document";
import { detectMapping } from "../../src/core/mapping/detect";
import { placeholders } from "../../src/core/i18n";
import { ROLES } from "../../src/core/mapping/roles";
import { FIELDS } from "../../src/core/mapping/roles";
import { buildPlan } from "../../src/core/model/build-plan";
import { computeRollups } from "../../src/core/rollups/compute-rollups";
import { RULES } from "../../src/core/rules/catalogue";
import { runRules } from "../../src/core/rules/run-rules";
import { columnLetters, columnNumber } from "../../src/core/snapshot/address";
import type { CellValue, WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";

/** Cells drawn from what plans hold: header words, codes in both digit scripts, dates, numbers, junk. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(
    "کد هدف",
    "عنوان هدف",
    "کد اقدام",
    "کد شاخص",
    "مقدار هدف",
    "مقدار پایه",
    "جهت مطلوب",
    "واحد سنجش",
    "اعتبار مصوب ۱۴۰۲",
    "عملکرد ۱۴۰۲",
    "فصل اول ۱۴۰۲",
    "Goal ID",
    "Policies",
    "Parent KPI",
    "Weight",
    "Start date",
    "End date",
    "Status",
    "2024 approved",
    "ه-۱",
    "ه-1",
    "G1",
    "P1",
    "K1",
    "I1",
    "اق-۱",
    "۱۴۰۰/۱۲/۳۰",
    "1399/13/01",
    "97/2/23",
    "1402/03/15",
    "افزایشی",
    "کاهشی",
    "maybe",
    "۸۰٪",
    "(1,200)",
    "جمع",
    "%",
    "درصد",
    "",
    "  ",
    "G1, G1",
    "P1; P2",
    "90/70"
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  fc.integer({ min: 1300, max: 2100 }),
  fc.boolean(),
  fc.constantFrom({ error: "#N/A" }, { error: "#REF!" }, { error: "#DIV/0!" }),
  fc.string({ maxLength: 12 })
);

const sheetArb = fc.record({
  name: fc.constantFrom("اهداف", "Goals", "KPIs", "بودجه", "Sheet 1", "سیاست‌ها"),
  origin: fc.record({
    row: fc.integer({ min: 1, max: 5 }),
    column: fc.integer({ min: 1, max: 4 }),
  }),
  values: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 }),
});

const workbookArb: fc.Arbitrary<WorkbookSnapshot> = fc
  .uniqueArray(sheetArb, { maxLength: 6, selector: (s) => s.name })
  .map((sheets) => ({ sheets: sheets.map((s) => ({ ...s, visibility: "Visible" as const })) }));

/** Any mapping at all over the workbook's sheets, sensible or not. */
const mappingFor = (workbook: WorkbookSnapshot): fc.Arbitrary<MappingDocument> =>
  fc
    .array(
      fc.record({
        role: fc.constantFrom(...ROLES),
        sheet: fc.constantFrom(...workbook.sheets.map((s) => s.name), "missing sheet"),
        headerRow: fc.integer({ min: 1, max: 20 }),
        columns: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 13, maxLength: 13 }),
        wide: fc.array(
          fc.record({
            column: fc.integer({ min: 1, max: 12 }).map(columnLetters),
            measure: fc.constantFrom("approved", "spent", "target", "actual") as fc.Arbitrary<
              "approved" | "spent" | "target" | "actual"
            >,
            year: fc.integer({ min: 1398, max: 1405 }),
            period: fc.constantFrom("1402-Q1", "1402", "junk"),
          }),
          { maxLength: 4 }
        ),
      }),
      { maxLength: 6 }
    )
    .map((roles) => ({
      version: 1 as const,
      roles: Object.fromEntries(
        roles.map((r) => [
          r.role,
          {
            sheet: r.sheet,
            headerRow: r.headerRow,
            columns: Object.fromEntries(
              FIELDS[r.role].map((f, i) => [f.id, { column: columnLetters(r.columns[i]) }])
            ),
            wide: r.wide,
          },
        ])
      ),
    }));

function checkFindings(workbook: WorkbookSnapshot, mapping: MappingDocument, lang: "en" | "fa") {
  const plan = buildPlan(workbook, mapping);
  const findings = runRules(plan, RULES, mapping.settings, lang);
  computeRollups(plan);
  for (const f of findings) {
    const sheet = workbook.sheets.find((s) => s.name === f.sheet);
    expect(sheet).toBeDefined();
    const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(f.cell) ?? [];
    expect(Number(row)).toBe(f.row);
    const col = columnNumber(letters) ?? 0;
    const width = Math.max(0, ...sheet!.values.map((r) => r.length));
    expect(f.row).toBeGreaterThanOrEqual(sheet!.origin.row);
    expect(f.row).toBeLessThan(sheet!.origin.row + sheet!.values.length);
    expect(col).toBeGreaterThanOrEqual(1);
    expect(col).toBeLessThanOrEqual(Math.max(12, sheet!.origin.column + width - 1));
    // Every placeholder of the rule's template is filled (cell text may hold braces of its own).
    const template = RULES.find((r) => r.meta.id === f.rule)!.meta.messages[lang];
    for (const name of placeholders(template)) expect(f.message).not.toContain(`{${name}}`);
  }
}

test("detection, validation and roll-ups never throw, and every finding points into its sheet", () => {
  fc.assert(
    fc.property(workbookArb, fc.constantFrom("en", "fa"), (workbook, lang) => {
      const detection = detectMapping(workbook);
      checkFindings(workbook, detection.mapping, lang as "en" | "fa");
    }),
    { numRuns: 300 }
  );
});

test("any mapping, even a wrong one, is applied without throwing", () => {
  fc.assert(
    fc.property(
      workbookArb.chain((w) => fc.tuple(fc.constant(w), mappingFor(w))),
      ([workbook, mapping]) => checkFindings(workbook, mapping, "en")
    ),
    { numRuns: 300 }
  );
});
