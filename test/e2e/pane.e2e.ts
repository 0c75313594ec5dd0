import path from "node:path";
import type { Page } from "playwright-core";
import { noticeUrl } from "../../src/commands/notice";
import { SECTIONS } from "../../src/taskpane/sections";
import { servedBuild, SHOTS } from "./served-build";

/** A task pane's usual size in Excel on Windows. */
const PANE = { width: 360, height: 760 };

const served = servedBuild();

interface Opened {
  page: Page;
  errors: string[];
  foreignRequests: string[];
}

async function open(
  pathAndQuery: string,
  setup?: (page: Page) => Promise<unknown>
): Promise<Opened> {
  // Reduced motion: screenshots show settled tabs, not an indicator mid-slide.
  const context = await served.browser.newContext({
    viewport: PANE,
    locale: "en-US",
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => {
    if (!request.url().startsWith(served.base) && !request.url().startsWith("data:"))
      foreignRequests.push(request.url());
  });
  await setup?.(page);
  await page.goto(served.base + pathAndQuery);
  return { page, errors, foreignRequests };
}

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not visible`);
  return b;
};

describe.each([
  {
    lang: "en",
    dir: "ltr",
    title: "Rahbord",
    settings: "Settings",
    outside: "Open Rahbord inside Excel",
  },
  {
    lang: "fa",
    dir: "rtl",
    title: "راهبرد",
    settings: "تنظیمات",
    outside: "راهبرد را درون اکسل باز کنید",
  },
])("the built pane in a plain browser, $lang", ({ lang, dir, title, settings, outside }) => {
  test("renders the shell, mirrored in Persian, using only its own files", async () => {
    const { page, errors, foreignRequests } = await open(`taskpane.html?lang=${lang}`);
    await page.getByTestId("outside-excel").waitFor();
    expect(
      await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])
    ).toEqual([dir, lang]);
    expect(await page.locator("h1").textContent()).toBe(title);
    expect(await page.getByText(outside).isVisible()).toBe(true);
    expect(await page.getByRole("tab").count()).toBe(SECTIONS.length);
    // office.js came from the build (officejs=local) and answered "no host": nothing was fetched elsewhere.
    expect(await page.evaluate(() => typeof Office)).toBe("object");
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    // Mirrored: the title sits at the reading start, the language switch at the end.
    const heading = await box(page, "h1");
    const language = await box(page, "header button");
    expect(dir === "rtl" ? language.x < heading.x : language.x > heading.x).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, `pane-home-${lang}.png`), fullPage: true });

    await page.getByRole("tab", { name: settings }).click();
    await page.getByTestId("format-example").waitFor();
    const example = await page.getByTestId("format-example").textContent();
    expect(example).toMatch(
      lang === "fa"
        ? /۱٬۲۳۴٬۵۶۷٫۵ · ۱۴[۰-۹]{2}\/[۰-۹]{2}\/[۰-۹]{2}$/
        : /1,234,567\.5 · 20\d\d-\d\d-\d\d$/
    );
    await page.screenshot({ path: path.join(SHOTS, `pane-settings-${lang}.png`), fullPage: true });
    await page.context().close();
  });

  test("the ribbon's notice dialog reads in the same direction", async () => {
    const notice = {
      kind: "info" as const,
      lang: lang as "fa" | "en",
      title,
      lines:
        lang === "fa"
          ? ["۳ برگه، ۲ برگهٔ دارای داده، روی‌هم ۱٬۲۲۵ سطر."]
          : ["3 sheets, 2 with data, 1,225 rows in all."],
      closeLabel: lang === "fa" ? "بستن" : "Close",
    };
    const { page, errors } = await open(
      new URL(noticeUrl(`${served.base}notice.html`, notice)).search.replace(/^/, "notice.html")
    );
    await page.getByRole("button", { name: notice.closeLabel }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
    expect(await page.locator("p").textContent()).toBe(notice.lines[0]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `notice-${lang}.png`) });
    await page.context().close();
  });
});

test("the language switch flips the pane and is remembered", async () => {
  const { page } = await open("taskpane.html");
  await page.getByTestId("outside-excel").waitFor();
  expect(await page.evaluate(() => document.documentElement.dir)).toBe("ltr");
  await page.getByRole("button", { name: "Show Rahbord in Persian" }).click();
  expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
  await page.reload();
  await page.getByTestId("outside-excel").waitFor();
  expect(await page.locator("h1").textContent()).toBe("راهبرد");
  await page.context().close();
});

test("without office.js the pane still renders and says the library did not load", async () => {
  const { page } = await open("taskpane.html?lang=en", (p) =>
    p.route("**/office.js", (r) => r.abort())
  );
  await page.getByTestId("outside-excel").waitFor();
  expect(await page.getByText(/The Office library \(office\.js\) did not load/).isVisible()).toBe(
    true
  );
  await page.context().close();
});

test("in Internet Explorer's webview the page explains which Office is needed", async () => {
  const context = await served.browser.newContext({
    viewport: PANE,
    userAgent: "Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko",
  });
  const page = await context.newPage();
  // Trident cannot parse the ES2017 bundle; blocking it stands in for that.
  await page.route(/taskpane\.[0-9a-f]+\.js$/, (r) => r.abort());
  await page.goto(`${served.base}taskpane.html`);
  expect(await page.getByText("Rahbord needs a newer Office.").isVisible()).toBe(true);
  expect(await page.getByText("راهبرد به آفیس تازه‌تری نیاز دارد.").isVisible()).toBe(true);
  await context.close();
});

test("the commands page loads and registers without errors outside Office", async () => {
  const { page, errors } = await open("commands.html");
  await page.waitForFunction(() => typeof Office !== "undefined" && Office.onReady !== undefined);
  await page.evaluate(() => Office.onReady());
  expect(errors).toEqual([]);
  await page.context().close();
});
