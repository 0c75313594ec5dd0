import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { en } from "../../src/core/i18n/messages/en";
import { fa } from "../../src/core/i18n/messages/fa";
import { REPORT_SHEET_NAMES } from "../../src/core/report/report-labels";
import { playgroundWords } from "../../src/playground/words";
import { modelFromXlsx } from "../../src/simulator/model-from-xlsx";
import { modelToXlsx } from "../../src/simulator/model-to-xlsx";
import { ModelSheet, ModelWorkbook } from "../../src/simulator/workbook-model";
import { grid, openPlayground, sheetTab as tab } from "./pane-page";
import { servedBuild, SAMPLES, SHOTS } from "./served-build";

const served = servedBuild();

const tabs = (page: Page) => page.getByTestId("sheet-tabs").getByRole("tab");

test("opens the Persian sample beside the pane in Persian, and shows what the pane writes", async () => {
  const { page, errors } = await openPlayground(served);
  await grid(page).getByText("عنوان سند", { exact: true }).waitFor();
  const firstRender = await page.evaluate(() => performance.now());
  console.log(`Playground first render (navigation → sample drawn): ${Math.round(firstRender)} ms`);

  expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
  expect(await page.locator("aside h1").textContent()).toBe("راهبرد");
  expect(await tabs(page).count()).toBe(7);
  for (const name of ["شناسنامهٔ سند", "اهداف", "اعتبارات"])
    expect(await tab(page, name).isVisible()).toBe(true);
  expect(await page.evaluate(() => typeof Office)).toBe("undefined");
  // The pane beside the workbook: in right-to-left, the pane is on the right.
  const pane = await page.locator("aside").boundingBox();
  const cells = await grid(page).boundingBox();
  expect(pane!.x).toBeGreaterThan(cells!.x);

  await tab(page, "اعتبارات").click();
  await grid(page).getByText("1,090", { exact: true }).waitFor(); // the totals row, "#,##0"
  await page.screenshot({ path: path.join(SHOTS, "playground-fa.png") });

  await page.getByRole("button", { name: fa["home.validate"] }).click();
  const reportName = REPORT_SHEET_NAMES.find((n) => /[\u0600-\u06ff]/.test(n))!;
  await tab(page, reportName).waitFor();
  expect(await tab(page, reportName).getAttribute("aria-selected")).toBe("true");

  // Saved as it is now, the report sheet included.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: playgroundWords("fa").word("download") }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("plan-fa.xlsx");
  const saved = await modelFromXlsx(readFileSync(await download.path()));
  expect(saved.sheets.map((s) => s.name)).toContain(reportName);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("opens the user's .xlsx, keeps the workbook on a bad file, and follows the pane's language", async () => {
  const { page, errors } = await openPlayground(served);
  await tabs(page).first().waitFor();
  await page.getByTestId("open-xlsx").setInputFiles(path.join(SAMPLES, "plan-en.xlsx"));
  await tab(page, "Goals").waitFor();
  expect(await tabs(page).count()).toBe(7);
  expect(await tab(page, "اهداف").count()).toBe(0);

  await page.getByRole("button", { name: fa["lang.switch.aria"] }).click();
  expect(await page.evaluate(() => document.documentElement.dir)).toBe("ltr");
  expect(await page.getByText("Rahbord playground").isVisible()).toBe(true);
  expect(await page.getByRole("button", { name: en["home.validate"] }).isVisible()).toBe(true);
  await tab(page, "Budget").click();
  await grid(page).getByText("Budget by year and source (bn rials)").waitFor();
  await page.screenshot({ path: path.join(SHOTS, "playground-en.png") });

  await page.getByTestId("open-xlsx").setInputFiles({
    name: "notes.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from("not a workbook"),
  });
  await page.getByTestId("playground-error").waitFor();
  expect(await page.getByTestId("playground-error").textContent()).toContain("“notes.xlsx”");
  expect(await tab(page, "Goals").isVisible()).toBe(true);

  await page.getByTestId("sample-picker").selectOption("plan-fa-with-defects");
  await tab(page, "اهداف").waitFor();
  expect(await page.getByTestId("playground-error").count()).toBe(0);
  expect(errors).toEqual([]);
  await page.context().close();
});

/** A sheet of ten thousand rows, as a large plan's budget sheet is. */
async function largeWorkbook(): Promise<Buffer> {
  const sheet = new ModelSheet("Budget");
  for (let row = 1; row <= 10_000; row++) {
    sheet.setCell(row, 1, { value: `Line ${row}` });
    for (let column = 2; column <= 8; column++)
      sheet.setCell(row, column, { value: row * column, numberFormat: "#,##0" });
  }
  return Buffer.from(await modelToXlsx(new ModelWorkbook([sheet])));
}

test("a sheet of ten thousand rows draws only what is in view, and scrolls to its end", async () => {
  const { page, errors } = await openPlayground(served);
  await tabs(page).first().waitFor();
  await page.getByTestId("open-xlsx").setInputFiles({
    name: "large.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await largeWorkbook(),
  });
  await grid(page).getByText("Line 1", { exact: true }).waitFor();

  // Scroll a wheel's notch (100 px) a frame, timing the frames the browser paints meanwhile.
  const frames = await grid(page).evaluate(async (element) => {
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 60; i++) {
      element.scrollTop += 100;
      await new Promise(requestAnimationFrame);
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    return times.sort((a, b) => a - b);
  });
  const median = frames[Math.floor(frames.length / 2)];
  console.log(
    `Scrolling 10,000 rows: median frame ${median.toFixed(1)} ms, slowest ${frames[frames.length - 1].toFixed(1)} ms`
  );

  await grid(page).evaluate((element) => (element.scrollTop = element.scrollHeight));
  await grid(page).getByText("Line 10000", { exact: true }).waitFor();
  expect(await grid(page).getByText("80,000", { exact: true }).isVisible()).toBe(true);
  // Windowed: a screenful of cells, not eighty thousand.
  expect(await grid(page).locator("div").count()).toBeLessThan(2_000);
  expect(errors).toEqual([]);
  await page.context().close();
});
