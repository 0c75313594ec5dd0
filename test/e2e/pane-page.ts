import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { createTranslator, defaultDisplayPrefs, type Lang } from "../../src/core/i18n";
import type { MessageKey } from "../../src/core/i18n/messages/en";
import { SHOTS, type Served } from "./served-build";

/**
 * The pane in the playground as the browser tests drive it: open the page, find the pane, its
 * sections and the workbook's sheet tabs, run axe-core on the pane, and take its screenshots.
 */
const AXE = require.resolve("axe-core/axe.min.js");
/** The playground gives the pane 360 px; 760 px high, like a task pane in Excel on Windows. */
export const SCREEN = { width: 1280, height: 760 };

export async function openPlayground(served: Served, query = "") {
  const context = await served.browser.newContext({
    viewport: SCREEN,
    locale: "en-US",
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${served.base}playground.html${query}`);
  return { page, errors };
}

export const t = (lang: Lang) => createTranslator(defaultDisplayPrefs(lang)).t;
export const pane = (page: Page) => page.locator("aside");
export const grid = (page: Page) => page.getByTestId("sheet-grid");
export const sheetTab = (page: Page, name: string) =>
  page.getByTestId("sheet-tabs").getByRole("tab", { name, exact: true });
export const section = (page: Page, lang: Lang, key: MessageKey) =>
  pane(page)
    .getByRole("navigation")
    .getByRole("tab", { name: t(lang)(key), exact: true });

export async function openSection(page: Page, lang: Lang, key: MessageKey) {
  await section(page, lang, key).click();
  await pane(page)
    .getByRole("heading", { level: 2, name: t(lang)(key), exact: true })
    .waitFor();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** axe-core on the pane alone (the playground's toolbar and grid are not the add-in). */
export async function axeViolations(page: Page, where: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(...args: unknown[]): Promise<unknown> } }).axe;
    // Tabster's focus guards (Fluent's <i tabindex=0 aria-hidden data-tabster-dummy>) hand focus
    // on at once; axe reads them as hidden focusable elements (aria-hidden-focus).
    const context = { include: [["aside"]], exclude: [["[data-tabster-dummy]"]] };
    const result = (await axe.run(context, {
      resultTypes: ["violations"],
    })) as { violations: AxeViolation[] };
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ target: n.target, html: n.html })),
    }));
  });
  for (const v of violations)
    console.log(
      `axe ${where}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(" ")} ${n.html.slice(0, 120)}`)
        .join(", ")}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ""}`
    );
  if (violations.length === 0) console.log(`axe ${where}: no violations`);
  return violations;
}

export const serious = (violations: AxeViolation[]) =>
  violations.filter((v) => v.impact === "serious" || v.impact === "critical");

/**
 * The pane as the user sees it in its 360 px column, saved as docs/screenshots/screen-{name}.png:
 * from the screen's title, or scrolled to `from` when what matters is further down.
 */
export async function shoot(page: Page, name: string, from?: Locator) {
  await page.mouse.move(0, SCREEN.height - 1); // no tooltip left over from a click
  await pane(page).evaluate((aside) => aside.scrollTo(0, 0)); // each screen from its title
  if (from)
    await from.evaluate((element) => {
      const aside = element.closest("aside")!;
      const top = element.getBoundingClientRect().top - aside.getBoundingClientRect().top;
      aside.scrollTo(0, top);
    });
  await pane(page).screenshot({ path: path.join(SHOTS, `screen-${name}.png`) });
}
