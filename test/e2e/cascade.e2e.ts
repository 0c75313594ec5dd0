import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { analyse } from "../../src/core/analyse";
import type { Finding } from "../../src/core/findings";
import { createTranslator, defaultDisplayPrefs, type Lang } from "../../src/core/i18n";
import { detectMapping } from "../../src/core/mapping/detect";
import { buildPlan } from "../../src/core/model/build-plan";
import { registerOf } from "../../src/core/register/parent-register";
import { registerSheetName, registerSheetRows } from "../../src/core/register/register-sheet";
import { RAHBORD_SHEET_NAMES } from "../../src/core/report/rahbord-sheets";
import { changeLine as paneChangeLine } from "../../src/core/review/change-text";
import { shownReviewDate } from "../../src/core/review/review-date";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { modelToXlsx } from "../../src/simulator/model-to-xlsx";
import { readWorkbookBytes } from "../../src/xlsx/workbook-bytes";
import { childModel, parentSnapshot, xlsxBytes } from "../helpers/parent-plan";
import {
  axeViolations,
  grid,
  openPlayground,
  openSection,
  pane,
  serious,
  sheetTab,
  shoot,
  t,
} from "./pane-page";
import { servedBuild } from "./served-build";

/**
 * The higher-level plan and review cycles through the real pane in the playground, in Persian then
 * English: a district plan whose goal and KPIs point at a city plan's codes; Validate (the codes
 * are unknown); the city plan imported through the Higher-level plan section (preview, register
 * sheet, Validate again: the cascade's findings); a revised city plan picked (exactly its changes
 * previewed) and imported; a review snapshot taken, compared and its change report written; the
 * higher-level plan removed again.
 *
 * The playground's grid draws the workbook but cannot edit it, so the comparison runs right after
 * the snapshot and finds nothing changed (opening an edited file would be another workbook, with
 * no snapshot in it).
 */
const served = servedBuild();

const CHILD = "district-plan.xlsx";
const PARENT = "city-plan.xlsx";
const REVISED = "city-plan-revised.xlsx";
/** The revision: G2 retitled, K1's target raised. */
const REVISION = { k1Target: 90, g2Title: "+Recycling and reuse" };
const before = parentSnapshot();
const revised = parentSnapshot(REVISION.k1Target, REVISION.g2Title);

let dir: string;
const files: Record<string, string> = {};
const bytes: Record<string, Uint8Array> = {};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "rahbord-cascade-"));
  bytes[CHILD] = new Uint8Array(await modelToXlsx(childModel()));
  bytes[PARENT] = new Uint8Array(await xlsxBytes(before));
  bytes[REVISED] = new Uint8Array(await xlsxBytes(revised));
  for (const [name, content] of Object.entries(bytes)) {
    files[name] = path.join(dir, name);
    writeFileSync(files[name], content);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A workbook's sheets as read from its bytes, with detection's mapping (Rahbord's sheets left out). */
async function readPlanFile(name: string) {
  const { snapshot } = await readWorkbookBytes(bytes[name], name);
  const sheets = snapshot.sheets.filter((s) => !RAHBORD_SHEET_NAMES.includes(s.name));
  return { snapshot, mapping: detectMapping({ sheets }).mapping };
}

/**
 * What the engine finds in the district plan, run in Node: alone, or with the parent's register
 * sheet in it as the pane writes it (in the pane's language).
 */
async function engineFindings(lang: Lang, parent?: string): Promise<Finding[]> {
  const child = await readPlanFile(CHILD);
  let snapshot: WorkbookSnapshot = child.snapshot;
  if (parent) {
    const read = await readPlanFile(parent);
    const register = registerOf(buildPlan(read.snapshot, read.mapping), {
      fileName: parent,
      importedAt: new Date().toISOString(),
      hash: "0".repeat(64),
    });
    const sheet = {
      name: registerSheetName(lang),
      visibility: "Visible" as const,
      origin: { row: 1, column: 1 },
      values: registerSheetRows(register, lang),
    };
    snapshot = { ...snapshot, sheets: [...snapshot.sheets, sheet] };
  }
  return analyse(snapshot, child.mapping, { lang }).findings;
}

const byRule = (findings: readonly Finding[]) => {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return counts;
};

/** Home's summary after Validate, then the Findings list by rule, as the engine has them. */
async function expectFindings(page: Page, lang: Lang, expected: readonly Finding[]) {
  const tr = t(lang);
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of expected)
    counts[f.severity === "error" ? "errors" : f.severity === "warning" ? "warnings" : "infos"]++;
  await openSection(page, lang, "nav.home");
  const summary = pane(page).getByTestId("last-validation");
  for (const [key, count] of [
    ["home.count.errors", counts.errors],
    ["home.count.warnings", counts.warnings],
    ["home.count.infos", counts.infos],
  ] as const)
    await summary.getByText(tr(key, { count }), { exact: true }).waitFor();

  await openSection(page, lang, "nav.findings");
  const list = pane(page).getByRole("list", { name: tr("nav.findings"), exact: true });
  const items = list.getByRole("listitem");
  for (const f of expected) await items.filter({ hasText: f.message }).first().waitFor();
  // The rules expected, and the unknown references the register resolves: none left over.
  const rules = new Set([...expected.map((f) => f.rule), "unknown-reference"]);
  const shown: Record<string, number> = {};
  for (const text of await items.allTextContents())
    for (const rule of rules) if (text.includes(rule)) shown[rule] = (shown[rule] ?? 0) + 1;
  expect(shown).toEqual(byRule(expected));
}

/** One line of the preview's list of changes, worded as the pane words it. */
function changeLine(
  lang: Lang,
  entity: "goal" | "kpi",
  code: string,
  kind: "retitled" | "target",
  from: string | number,
  to: string | number
) {
  const i18n = createTranslator(defaultDisplayPrefs(lang));
  const change = { entity, code, kind, before: from, after: to };
  return paneChangeLine(change, i18n, { isolate: true });
}

const RUNS = [
  { lang: "fa" as const, label: "بازبینی میانهٔ سال", date: "۱۴۰۵/۰۱/۱۵" },
  { lang: "en" as const, label: "Mid-year review", date: "2026-04-04" },
];

test("the higher-level plan and a review, in Persian then English: import, re-import, snapshot, compare, change report, remove", async () => {
  const started = performance.now();
  const { page, errors } = await openPlayground(served, "?lang=fa");
  const axeSerious: string[] = [];
  const axe = async (where: string) =>
    axeSerious.push(
      ...serious(await axeViolations(page, where)).map((v) => `${where}: ${v.impact} ${v.id}`)
    );
  await page.getByTestId("sheet-tabs").getByRole("tab").first().waitFor(); // the first sample

  for (const [i, { lang, label, date }] of RUNS.entries()) {
    const tr = t(lang);
    if (i > 0) {
      await pane(page)
        .getByRole("button", { name: t(RUNS[i - 1].lang)("lang.switch.aria") })
        .click();
      await pane(page)
        .getByRole("heading", { level: 1, name: tr("app.name") })
        .waitFor();
    }

    // 1. The district plan, validated alone: its parent codes are unknown.
    const alone = await engineFindings(lang);
    expect(byRule(alone)["unknown-reference"]).toBe(3);
    await page.getByTestId("open-xlsx").setInputFiles(files[CHILD]);
    await page.locator(`section[aria-label='${CHILD}']`).waitFor();
    await sheetTab(page, "KPIs").waitFor();
    await pane(page)
      .getByRole("button", { name: tr("home.validate") })
      .click();
    await expectFindings(page, lang, alone);

    // 2. The city plan picked, previewed and imported: the register sheet, the cascade's findings.
    await openSection(page, lang, "nav.parent");
    await pane(page).getByText(tr("parent.current.none"), { exact: true }).waitFor();
    const picker = pane(page).getByLabel(tr("parent.pick.button"), { exact: true });
    const preview = pane(page).getByRole("region", { name: tr("parent.preview.title") });
    const counts = tr("parent.counts", { policies: 2, goals: 2, kpis: 3 });
    await picker.setInputFiles(files[PARENT]);
    await preview
      .getByText(tr("parent.preview.counts", { file: PARENT, counts }), { exact: true })
      .waitFor();
    await preview
      .getByText(tr("parent.mapping.detected", { file: PARENT }), { exact: true })
      .waitFor();
    const importButton = pane(page).getByRole("button", { name: tr("parent.import") });
    await importButton.click();
    const register = registerSheetName(lang);
    await sheetTab(page, register).waitFor();
    await pane(page)
      .getByText(tr("parent.imported", { sheet: register, rows: 7 }), { exact: true })
      .waitFor();
    await pane(page).getByText(tr("parent.revalidated"), { exact: true }).waitFor();
    const current = pane(page).getByRole("region", { name: tr("parent.current.title") });
    await current.getByText(PARENT, { exact: true }).waitFor();
    await current.getByText(counts, { exact: true }).waitFor();
    await current
      .getByText(tr("parent.current.sheet", { sheet: register }), { exact: true })
      .waitFor();

    const cascade = await engineFindings(lang, PARENT);
    const rules = byRule(cascade);
    expect(rules["unknown-reference"]).toBeUndefined();
    expect(rules["unit-mismatch"]).toBe(1);
    expect(rules["target-below-policy"]).toBe(1);
    await expectFindings(page, lang, cascade);

    // The revised city plan: exactly its two changes previewed, then imported over the first.
    await openSection(page, lang, "nav.parent");
    await current.getByText(PARENT, { exact: true }).waitFor();
    await picker.setInputFiles(files[REVISED]);
    await preview
      .getByText(tr("parent.preview.counts", { file: REVISED, counts }), { exact: true })
      .waitFor();
    const changes = preview.getByRole("listitem");
    await changes.first().waitFor();
    expect(await changes.allTextContents()).toEqual([
      changeLine(lang, "goal", "G2", "retitled", "+Recycling", REVISION.g2Title),
      changeLine(lang, "kpi", "K1", "target", 80, REVISION.k1Target),
    ]);
    await shoot(
      page,
      `parent-${lang}`,
      pane(page).getByRole("region", { name: tr("parent.pick.title") })
    );
    await axe(`parent (${lang}, revised plan previewed)`);
    await importButton.click();
    await current.getByText(REVISED, { exact: true }).waitFor();
    await importButton.waitFor({ state: "detached" });
    const revisedFindings = await engineFindings(lang, REVISED);
    const below = revisedFindings.find((f) => f.rule === "target-below-policy")!;
    expect(below.message).toContain(createTranslator(defaultDisplayPrefs(lang)).number(90));
    await expectFindings(page, lang, revisedFindings);

    // 3. Review: a snapshot at a review date typed in the reader's calendar, compared at once.
    await openSection(page, lang, "nav.review");
    const list = pane(page).getByRole("region", { name: tr("review.list.title") });
    await list.getByText(tr("review.list.empty"), { exact: true }).waitFor();
    await pane(page).getByLabel(tr("review.snapshot.label"), { exact: true }).fill(label);
    await pane(page).getByLabel(tr("review.snapshot.date"), { exact: true }).fill(date);
    await pane(page)
      .getByRole("button", { name: tr("review.snapshot.take") })
      .click();
    await list.getByText(label, { exact: true }).waitFor();
    const iso = lang === "fa" ? "2026-04-04" : date; // ۱۴۰۵/۰۱/۱۵ is 4 April 2026
    await list
      .getByText(new RegExp(`^${shownReviewDate(iso, defaultDisplayPrefs(lang))} · `))
      .waitFor();

    const comparePanel = pane(page).getByRole("region", { name: tr("review.compare.title") });
    await comparePanel.getByRole("button", { name: tr("review.compare.run") }).click();
    await comparePanel.getByText(tr("review.compare.none", { label }), { exact: true }).waitFor();
    expect(await comparePanel.getByRole("listitem").count()).toBe(0);
    await comparePanel.getByRole("button", { name: tr("review.compare.write") }).click();
    const report = tr("review.sheet");
    await comparePanel
      .getByText(tr("review.compare.written", { sheet: report, kept: 0 }), { exact: true })
      .waitFor();
    await sheetTab(page, report).click();
    await grid(page).getByText(tr("review.report.none"), { exact: true }).waitFor();
    await shoot(page, `review-${lang}`, list);
    await axe(`review (${lang})`);

    // Remove: the register sheet goes, and the parent's codes are unknown again.
    await openSection(page, lang, "nav.parent");
    await pane(page)
      .getByRole("button", { name: tr("parent.remove"), exact: true })
      .click();
    await pane(page)
      .getByText(tr("parent.removed", { sheet: register }), { exact: true })
      .waitFor();
    await sheetTab(page, register).waitFor({ state: "detached" });
    await pane(page).getByText(tr("parent.current.none"), { exact: true }).waitFor();
    await expectFindings(page, lang, alone);
  }
  console.log(
    `Higher-level plan and review, both languages: ${Math.round(performance.now() - started)} ms`
  );
  expect(axeSerious).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
}, 120_000);
