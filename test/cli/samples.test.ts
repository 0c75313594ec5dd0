import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkbookFile } from "../../src/cli/read-workbook";
import { analyse } from "../../src/core/analyse";
import type { Lang } from "../../src/core/i18n";
import { detectMapping } from "../../src/core/mapping/detect";
import type { Role } from "../../src/core/mapping/roles";
import { RULES } from "../../src/core/rules/catalogue";
import { DEFECTS } from "../../tools/samples/defects";
import { sampleWorkbook, SAMPLES } from "../../tools/samples/samples";

const SAMPLE_DIR = path.resolve(__dirname, "../../samples");

/** Each sheet and the role detection must give it, in workbook order (the cover sheet has none). */
const SHEET_ROLES: Record<Lang, [string, Role | undefined][]> = {
  fa: [
    ["شناسنامهٔ سند", undefined],
    ["سیاست‌های کلان", "policy"],
    ["اهداف", "goal"],
    ["اقدامات", "initiative"],
    ["شاخص‌ها", "kpi"],
    ["پایش شاخص‌ها", "kpi-actuals"],
    ["اعتبارات", "budget"],
  ],
  en: [
    ["About", undefined],
    ["Policies", "policy"],
    ["Goals", "goal"],
    ["Initiatives", "initiative"],
    ["KPIs", "kpi"],
    ["KPI actuals", "kpi-actuals"],
    ["Budget", "budget"],
  ],
};

type Expected = [rule: string, sheet: string, cell: string][];

/** The findings of the with-defects samples, in the order analyse() gives them (see defects.ts). */
const DEFECT_FINDINGS: Record<Lang, Expected> = {
  fa: [
    ["budget-over-ceiling", "سیاست‌های کلان", "F6"], // P2's ceiling 150 below 163
    ["uncovered-policy", "سیاست‌های کلان", "B9"], // P5
    ["goal-without-initiatives", "اهداف", "B9"], // G2.1
    ["goal-without-kpis", "اهداف", "B9"], // G2.1
    ["unaligned-goal", "اهداف", "E11"], // G4's policies
    ["invalid-enum", "اقدامات", "G6"], // I2's status
    ["invalid-date", "اقدامات", "H6"], // I2's start «۰۲/۰۷/۰۱»
    ["initiative-without-budget", "اقدامات", "B7"], // I3
    ["invalid-date", "اقدامات", "I7"], // I3's end «۱۴۰۲/۱۲/۳۰»
    ["date-order", "اقدامات", "I9"], // I5's end
    ["weights-not-100", "اقدامات", "J10"], // I6 + I7 = 90
    ["missing-required", "اقدامات", "C11"], // I7's title
    ["initiative-without-kpis", "اقدامات", "B12"], // I8
    ["outside-plan-period", "اقدامات", "I12"], // I8's end after G4's
    ["reference-cycle", "شاخص‌ها", "E5"], // K1 → K1
    ["target-below-policy", "شاخص‌ها", "I7"], // K3 75 < K1 80
    ["target-against-direction", "شاخص‌ها", "J8"], // K4's 1403 target
    ["unknown-reference", "شاخص‌ها", "C9"], // K5 → G7
    ["invalid-enum", "شاخص‌ها", "L10"], // K6's frequency
    ["not-a-number", "شاخص‌ها", "H11"], // K7's baseline
    ["cascade-sum-mismatch", "شاخص‌ها", "I12"], // K8 2500 ≠ 1400 + 1000
    ["direction-mismatch", "شاخص‌ها", "G13"], // K9 maintain under K8 increase
    ["unit-mismatch", "شاخص‌ها", "F14"], // K10
    ["kpi-incomplete", "شاخص‌ها", "F15"], // K11's unit
    ["target-against-direction", "شاخص‌ها", "I16"], // K12's target
    ["duplicate-id", "شاخص‌ها", "A17"], // the copy of K12
    ["spend-over-budget", "اعتبارات", "K8"], // I2 1403
    ["budget-outside-dates", "اعتبارات", "I11"], // I6 1406
    ["not-a-number", "اعتبارات", "K14"], // I8's 1403 spending
    ["unknown-reference", "اعتبارات", "A17"], // I10, once for its two years
    ["unlinked-budget-line", "اعتبارات", "A18"], // no initiative
  ],
  en: [
    ["budget-over-ceiling", "Policies", "E6"],
    ["uncovered-policy", "Policies", "A9"],
    ["goal-without-initiatives", "Goals", "B9"],
    ["goal-without-kpis", "Goals", "B9"],
    ["unaligned-goal", "Goals", "E11"],
    ["invalid-enum", "Initiatives", "F6"],
    ["invalid-date", "Initiatives", "G6"], // "09/10/2023"
    ["initiative-without-budget", "Initiatives", "A7"],
    ["invalid-date", "Initiatives", "H7"], // "2025-02-29"
    ["date-order", "Initiatives", "H9"],
    ["weights-not-100", "Initiatives", "I10"],
    ["missing-required", "Initiatives", "B11"],
    ["initiative-without-kpis", "Initiatives", "A12"],
    ["outside-plan-period", "Initiatives", "H12"],
    ["reference-cycle", "KPIs", "E5"],
    ["target-below-policy", "KPIs", "I7"],
    ["target-against-direction", "KPIs", "J8"], // K4's 2024 target
    ["unknown-reference", "KPIs", "C9"],
    ["invalid-enum", "KPIs", "L10"],
    ["not-a-number", "KPIs", "H11"],
    ["cascade-sum-mismatch", "KPIs", "I12"],
    ["direction-mismatch", "KPIs", "G13"],
    ["unit-mismatch", "KPIs", "F14"],
    ["kpi-incomplete", "KPIs", "F15"],
    ["target-against-direction", "KPIs", "I16"],
    ["duplicate-id", "KPIs", "A17"],
    ["spend-over-budget", "Budget", "K7"],
    ["budget-outside-dates", "Budget", "I10"], // 2027 = fiscal 1406
    ["not-a-number", "Budget", "K13"],
    ["unknown-reference", "Budget", "A16"],
    ["unlinked-budget-line", "Budget", "A17"],
  ],
};

/**
 * Rules only a plan with a higher-level plan imported, or districts judged together, can break
 * (test/core/rules and test/cli/cascade.test.ts set them off).
 */
const NEED_PARENT = ["uncovered-parent-goal", "shadowed-parent-code"];
const SINGLE_PLAN_RULES = new Set(
  RULES.map((r) => r.meta.id).filter((id) => !NEED_PARENT.includes(id))
);

test("the defects set off every rule a single plan can break", () => {
  expect(new Set(DEFECTS.flatMap((d) => d.rules))).toEqual(SINGLE_PLAN_RULES);
});

const read = async (file: string) => (await readWorkbookFile(file)).snapshot;

describe.each(SAMPLES)("samples/$file", (sample) => {
  const committed = () => read(path.join(SAMPLE_DIR, sample.file));

  test("detection gives every sheet its role, sure of each", async () => {
    const detection = detectMapping(await committed());
    expect(detection.sheets.map((s) => [s.sheet, s.role])).toEqual(SHEET_ROLES[sample.lang]);
    expect(detection.uncertain).toBe(false);
  });

  test(sample.defects ? "every defect found, and nothing else" : "no findings", async () => {
    const snapshot = await committed();
    const { findings } = analyse(snapshot, detectMapping(snapshot).mapping, { lang: sample.lang });
    const found = findings.map((f) => [f.rule, f.sheet, f.cell]);
    expect(found).toEqual(sample.defects ? DEFECT_FINDINGS[sample.lang] : []);
    if (sample.defects) expect(new Set(found.map(([rule]) => rule))).toEqual(SINGLE_PLAN_RULES);
  });

  test("the committed file is what tools/make-samples.ts writes", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "rahbord-samples-"));
    try {
      const written = path.join(dir, sample.file);
      await sampleWorkbook(sample).xlsx.writeFile(written);
      expect(await read(written)).toEqual(await committed());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
