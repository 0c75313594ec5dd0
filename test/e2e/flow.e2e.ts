import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { readWorkbookFile } from "../../src/cli/read-workbook";
import { analyse } from "../../src/core/analyse";
import { DASHBOARD_SHEET_NAMES } from "../../src/core/dashboard/dashboard-labels";
import type { FindingCounts } from "../../src/core/findings";
import type { Lang } from "../../src/core/i18n";
import { detectMapping } from "../../src/core/mapping/detect";
import { RAHBORD_SHEET_NAMES } from "../../src/core/report/rahbord-sheets";
import { modelFromSnapshot } from "../../src/simulator/model-from-snapshot";
import { modelToXlsx } from "../../src/simulator/model-to-xlsx";
import { generatePlan } from "../../tools/generate-plan";
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
import { servedBuild, SAMPLES } from "./served-build";

/**
 * The main flow through the real pane in the playground (issue 7, item 3): Mapping, Validate,
 * Findings and go to a cell, Build dashboard, in Persian and English; the wide budget; a
 * keyboard-only pass; axe-core on every screen; screenshots; two timings.
 */
const served = servedBuild();

/** What the engine finds in a sample, run directly in Node as the CLI runs it. */
async function engineCounts(file: string, lang: Lang): Promise<FindingCounts> {
  const read = await readWorkbookFile(path.join(SAMPLES, file));
  const sheets = read.snapshot.sheets.filter((s) => !RAHBORD_SHEET_NAMES.includes(s.name));
  const detection = detectMapping({ sheets });
  return analyse(read.snapshot, detection.mapping, { lang }).counts;
}

/** The sheet!cell a finding's link names, read off its accessible name. */
function targetOf(label: string, lang: Lang): { sheet: string; cell: string } {
  const [before, after] = t(lang)("findings.goTo", { address: "\u0000" }).split("\u0000");
  const address = label.slice(before.length, label.length - after.length);
  const bang = address.lastIndexOf("!");
  return { sheet: address.slice(0, bang), cell: address.slice(bang + 1) };
}

async function expectSelected(page: Page, target: { sheet: string; cell: string }) {
  await page.locator(`[data-testid="selection"][data-area="${target.cell}"]`).waitFor();
  expect(await sheetTab(page, target.sheet).getAttribute("aria-selected")).toBe("true");
}

const goToLinks = (page: Page, lang: Lang): Locator =>
  pane(page).getByRole("button", {
    name: new RegExp(`^${t(lang)("findings.goTo", { address: "" }).trim()}`),
  });

const FLOWS = [
  {
    lang: "fa" as const,
    sample: "plan-fa-with-defects",
    roles: [
      ["اهداف", "goal"],
      ["اقدامات", "initiative"],
      ["اعتبارات", "budget"],
    ],
  },
  {
    lang: "en" as const,
    sample: "plan-en-with-defects",
    roles: [
      ["Goals", "goal"],
      ["Initiatives", "initiative"],
      ["Budget", "budget"],
    ],
  },
];

test("the main flow in Persian, then in English: mapping, validate, findings, go to cell, dashboard", async () => {
  const { page, errors } = await openPlayground(served);
  const axeSerious: string[] = [];
  const axe = async (where: string) =>
    axeSerious.push(
      ...serious(await axeViolations(page, where)).map((v) => `${where}: ${v.impact} ${v.id}`)
    );

  for (const [i, { lang, sample, roles }] of FLOWS.entries()) {
    const tr = t(lang);
    if (i > 0) {
      // The pane's own language switch turns the page; then the English sample with defects.
      await pane(page)
        .getByRole("button", { name: t(FLOWS[i - 1].lang)("lang.switch.aria") })
        .click();
      await pane(page)
        .getByRole("heading", { level: 1, name: tr("app.name") })
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe("ltr");
    }
    await page.getByTestId("sample-picker").selectOption(sample);
    await sheetTab(page, roles[0][0]).waitFor();
    await pane(page)
      .getByRole("button", { name: tr("home.validate") })
      .waitFor();
    await axe(`home (${lang}, before validating)`);

    // Mapping: every plan sheet recognised.
    await openSection(page, lang, "nav.mapping");
    for (const [sheet, role] of roles) {
      const select = pane(page).getByLabel(tr("mapping.roleOf", { sheet }), { exact: true });
      await select.waitFor();
      expect(await select.inputValue()).toBe(role);
    }
    await shoot(page, `mapping-${lang}`);
    await axe(`mapping (${lang})`);

    // Home: Validate; the counts are the engine's.
    const expected = await engineCounts(`${sample}.xlsx`, lang);
    expect(expected.errors + expected.warnings + expected.infos).toBeGreaterThan(0);
    await openSection(page, lang, "nav.home");
    await pane(page)
      .getByRole("button", { name: tr("home.validate") })
      .click();
    const summary = pane(page).getByTestId("last-validation");
    await summary.waitFor();
    for (const [key, count] of [
      ["home.count.errors", expected.errors],
      ["home.count.warnings", expected.warnings],
      ["home.count.infos", expected.infos],
    ] as const)
      await summary.getByText(tr(key, { count }), { exact: true }).waitFor();
    await pane(page)
      .getByRole("button", { name: tr("home.validate") })
      .waitFor(); // not busy
    await shoot(page, `home-${lang}`);
    await axe(`home (${lang})`);

    // Findings: every finding listed; a finding's link selects its cell in the workbook.
    await pane(page)
      .getByRole("button", { name: tr("home.openFindings") })
      .click();
    await pane(page)
      .getByRole("heading", { level: 2, name: tr("nav.findings") })
      .waitFor();
    const total = expected.errors + expected.warnings + expected.infos;
    await pane(page)
      .getByText(tr("findings.shown", { shown: total, total }), { exact: true })
      .waitFor();
    const link = goToLinks(page, lang).nth(1);
    const target = targetOf((await link.getAttribute("aria-label"))!, lang);
    await link.click();
    await expectSelected(page, target);
    await shoot(page, `findings-${lang}`);
    await axe(`findings (${lang})`);

    // Budget (its wide columns are checked on plan-fa.xlsx below).
    await openSection(page, lang, "nav.budget");
    await pane(page)
      .getByRole("table", { name: tr("budget.preview") })
      .waitFor();
    await shoot(page, `budget-${lang}`);
    await axe(`budget (${lang})`);

    // Dashboard: built on its sheet, its six charts drawn.
    await openSection(page, lang, "nav.dashboard");
    await axe(`dashboard (${lang})`);
    await pane(page)
      .getByRole("button", { name: tr("pane.dashboard.build") })
      .click();
    const dashboard = DASHBOARD_SHEET_NAMES.find((name) =>
      lang === "fa" ? /[\u0600-\u06ff]/.test(name) : !/[\u0600-\u06ff]/.test(name)
    )!;
    await sheetTab(page, dashboard).waitFor();
    await sheetTab(page, dashboard).click();
    await grid(page).getByTestId("sheet-chart").nth(5).waitFor();
    expect(await grid(page).getByTestId("sheet-chart").count()).toBe(6);
    expect(await grid(page).locator("[data-testid=sheet-chart] svg").count()).toBe(6);
    await pane(page)
      .getByRole("button", { name: tr("pane.dashboard.build") })
      .waitFor();
    await shoot(page, `dashboard-${lang}`);

    await openSection(page, lang, "nav.settings");
    await pane(page).getByTestId("format-example").waitFor();
    await shoot(page, `settings-${lang}`);
    await axe(`settings (${lang})`);
    await openSection(page, lang, "nav.home");
  }
  expect(axeSerious).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
}, 180_000);

test("budget linking on the wide budget of plan-fa.xlsx: years 1402 to 1406, the preview", async () => {
  const { page, errors } = await openPlayground(served, "?lang=fa");
  const tr = t("fa");
  await sheetTab(page, "اعتبارات").waitFor();
  await openSection(page, "fa", "nav.budget");
  await pane(page)
    .getByRole("table", { name: tr("budget.amounts") })
    .waitFor();
  // The wide layout is the one chosen.
  expect(
    await pane(page)
      .getByRole("radio", { name: tr("budget.layout.wide") })
      .isChecked()
  ).toBe(true);
  const years = pane(page)
    .getByRole("table", { name: tr("budget.amounts") })
    .getByRole("spinbutton");
  const shown = await years.evaluateAll((inputs) =>
    inputs.map((i) => (i as HTMLInputElement).value)
  );
  const latin = shown.map((y) => y.replace(/[۰-۹]/g, (d) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(d))));
  expect([...new Set(latin)].sort()).toEqual(["1402", "1403", "1404", "1405", "1406"]);
  // Every year's column is in the table, in Persian digits.
  expect(shown.every((y) => /^[۰-۹]{4}$/.test(y))).toBe(true);

  const preview = pane(page).getByRole("table", { name: tr("budget.preview") });
  await preview.waitFor();
  const rows = await preview.getByRole("row").count();
  expect(rows).toBeGreaterThan(2); // header, initiatives, the total
  await preview.getByText(tr("budget.preview.total"), { exact: true }).waitFor();
  console.log(
    `Wide budget of plan-fa.xlsx: ${shown.length} amount columns, years ${[...new Set(latin)].join(", ")}; preview ${rows - 2} initiatives`
  );
  expect(errors).toEqual([]);
  await page.context().close();
});

test("keyboard only: from the pane's first control to Validate, Findings and a finding's cell", async () => {
  const { page, errors } = await openPlayground(served, "?lang=en");
  const tr = t("en");
  await page.getByTestId("sample-picker").selectOption("plan-en-with-defects");
  await sheetTab(page, "Goals").waitFor();
  await pane(page)
    .getByRole("button", { name: tr("home.validate") })
    .waitFor();

  const focused = () =>
    page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      return {
        inPane: !!e?.closest("aside"),
        label: e?.getAttribute("aria-label") ?? e?.textContent?.trim() ?? "",
        role: e?.getAttribute("role") ?? e?.tagName.toLowerCase() ?? "",
        section: e?.getAttribute("data-section") ?? undefined,
      };
    });
  /** Presses a key until what has focus passes the check; fails after `max` presses. */
  const pressUntil = async (
    key: string,
    done: (f: Awaited<ReturnType<typeof focused>>) => boolean,
    max = 40
  ) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press(key);
      const f = await focused();
      if (done(f)) return f;
    }
    throw new Error(
      `${key} × ${max} never reached the control: last ${JSON.stringify(await focused())}`
    );
  };

  // Tab from the page's start: the playground's toolbar, then the pane's first control.
  const first = await pressUntil("Tab", (f) => f.inPane, 10);
  expect(first.label).toBe(`${tr("lang.switch")}: ${tr("lang.switch.aria")}`);
  const home = await pressUntil("Tab", (f) => f.role === "tab", 3);
  expect(home.section).toBe("home");
  await pressUntil("Tab", (f) => f.label === tr("home.validate"), 3);
  await page.keyboard.press("Enter");
  await pane(page).getByTestId("last-validation").waitFor();

  // Back to the section tabs, arrows to Findings, Enter.
  await pressUntil("Shift+Tab", (f) => f.role === "tab", 5);
  await pressUntil("ArrowRight", (f) => f.section === "findings", 5);
  await page.keyboard.press("Enter");
  await pane(page)
    .getByRole("heading", { level: 2, name: tr("nav.findings") })
    .waitFor();

  // Tab to the first finding's cell link; Space activates it.
  const link = await pressUntil("Tab", (f) =>
    f.label.startsWith(tr("findings.goTo", { address: "" }))
  );
  const target = targetOf(link.label, "en");
  await page.keyboard.press("Space");
  await expectSelected(page, target);
  console.log(`Keyboard only: reached ${link.label} and selected ${target.sheet}!${target.cell}`);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("figures: the pane's first render, and Validate on a 10,000-row plan", async () => {
  // First render: navigation to the pane's heading visible, in the playground and alone.
  const { page, errors } = await openPlayground(served, "?lang=en");
  await pane(page).getByRole("heading", { level: 1, name: "Rahbord" }).waitFor();
  const inPlayground = await page.evaluate(() => performance.now());
  const alone = await page.context().newPage();
  await alone.setViewportSize({ width: 360, height: 760 });
  await alone.goto(`${served.base}taskpane.html?lang=en`);
  await alone.getByRole("heading", { level: 1, name: "Rahbord" }).waitFor();
  const standalone = await alone.evaluate(() => performance.now());
  await alone.close();
  console.log(
    `Pane first render (navigation → heading visible): ${Math.round(standalone)} ms alone (taskpane.html), ${Math.round(inPlayground)} ms in the playground (sample read as well)`
  );

  // A generated 10,000-row plan, written as .xlsx and opened through the file input.
  const started = performance.now();
  const plan = generatePlan(10_000);
  const bytes = Buffer.from(await modelToXlsx(modelFromSnapshot(plan)));
  console.log(
    `10k-row plan: .xlsx of ${Math.round(bytes.length / 1024)} KB written in ${Math.round(performance.now() - started)} ms`
  );
  const opening = performance.now();
  await page.getByTestId("open-xlsx").setInputFiles({
    name: "plan-10k.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: bytes,
  });
  await page.locator("section[aria-label='plan-10k.xlsx']").waitFor({ timeout: 120_000 });
  const validate = pane(page).getByRole("button", { name: t("en")("home.validate") });
  await validate.waitFor();
  console.log(
    `10k-row plan opened in the playground in ${Math.round(performance.now() - opening)} ms`
  );
  const clicked = performance.now();
  await validate.click();
  await pane(page).getByTestId("last-validation").waitFor({ timeout: 120_000 });
  const roundTrip = performance.now() - clicked;
  const counts = await pane(page)
    .getByTestId("last-validation")
    .locator(".fui-Badge")
    .allTextContents();
  console.log(
    `Validate round trip on the 10k-row plan (click → counts shown): ${Math.round(roundTrip)} ms (${counts.join(", ")})`
  );
  // The counts are the engine's on the same plan.
  const expected = analyse(plan, detectMapping({ sheets: plan.sheets }).mapping, {
    lang: "en",
  }).counts;
  expect(counts).toEqual([
    t("en")("home.count.errors", { count: expected.errors }),
    t("en")("home.count.warnings", { count: expected.warnings }),
    t("en")("home.count.infos", { count: expected.infos }),
  ]);
  expect(errors).toEqual([]);
  await page.context().close();
}, 240_000);
