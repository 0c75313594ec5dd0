/**
 * @jest-environment jsdom
 */
import { renderPane } from "../helpers/render-pane";
import { webcrypto } from "node:crypto";
import { TextDecoder, TextEncoder } from "node:util";
import { fireEvent, screen, within } from "@testing-library/react";
import { type Lang } from "../../src/core/i18n";
import { registerOf } from "../../src/core/register/parent-register";
import { registerSheetName } from "../../src/core/register/register-sheet";
import { writeParentRegister } from "../../src/excel/parent-register";
import { SimRequestContext } from "../../src/simulator/request-context";
import type { ModelWorkbook } from "../../src/simulator/workbook-model";
import { childModel, parentSnapshot, xlsxBytes } from "../helpers/parent-plan";
import { planOf } from "../../src/core/model/plan";

// What a browser has and jsdom lacks: Web Crypto's digest and the text codecs. The digest takes
// jsdom's ArrayBuffers, which Node's own crypto does not recognise as its realm's.
beforeAll(() => {
  const subtle = {
    digest: (algorithm: string, data: ArrayBuffer) =>
      webcrypto.subtle.digest(algorithm, Uint8Array.from(Buffer.from(data))),
  };
  Object.defineProperty(globalThis.crypto, "subtle", { value: subtle, configurable: true });
  Object.assign(globalThis, { TextDecoder, TextEncoder });
});

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function openParent(model: ModelWorkbook, lang: Lang) {
  renderPane(model, lang);
  fireEvent.click(
    screen.getByRole("tab", { name: lang === "fa" ? "برنامهٔ بالادستی" : "Higher-level plan" })
  );
  // The screen's code loads when it is first opened.
  return screen.findByRole("region", {
    name: lang === "fa" ? "برنامهٔ بالادستی واردشده" : "Imported higher-level plan",
  });
}

async function choose(bytes: Uint8Array, name: string) {
  const input = screen.getByLabelText<HTMLInputElement>("Choose workbook…");
  fireEvent.change(input, {
    target: { files: [new File([bytes as Uint8Array<ArrayBuffer>], name, { type: XLSX_TYPE })] },
  });
}

const importSection = () => screen.getByRole("region", { name: "Import a higher-level plan" });

test("importing shows the preview, writes the register; re-importing lists what changed in the parent", async () => {
  const model = childModel();
  const current = await openParent(model, "en");
  expect(
    await within(current).findByText(/^No higher-level plan is imported in this workbook/)
  ).toBeTruthy();

  await choose(await xlsxBytes(parentSnapshot()), "city-plan.xlsx");
  const preview = await screen.findByRole(
    "region",
    { name: "Before importing" },
    { timeout: 15_000 }
  );
  expect(
    within(preview).getByText("city-plan.xlsx holds 2 policies, 2 goals, 3 KPIs.", { exact: false })
  ).toBeTruthy();
  expect(
    within(preview).getByText("The sheets of city-plan.xlsx were recognised by their headers.")
  ).toBeTruthy();

  fireEvent.click(within(importSection()).getByRole("button", { name: "Import" }));
  expect(
    await within(importSection()).findByText(
      "The higher-level plan is on the protected «Rahbord parent plan» sheet: 7 policies, goals and KPIs."
    )
  ).toBeTruthy();
  expect(model.sheet(registerSheetName("en"))?.protection).toBeDefined();
  expect(await within(current).findByText("city-plan.xlsx")).toBeTruthy();
  expect(within(current).getByText("2 policies, 2 goals, 3 KPIs")).toBeTruthy();

  // The city changes K1's target and G2's title: the preview lists exactly that.
  const v2 = await xlsxBytes(parentSnapshot(85, "+Recycling and reuse"));
  await choose(v2, "city-plan-v2.xlsx");
  const changes = await screen.findByText(
    /^2 changes in the higher-level plan since the import of \d{4}-\d\d-\d\d \d\d:\d\d:$/,
    {},
    { timeout: 15_000 }
  );
  expect(changes).toBeTruthy();
  const list = screen.getAllByRole("listitem").map((item) => item.textContent);
  // Each title isolated, so "+Recycling" keeps its sign in front in Persian text too.
  expect(list).toEqual([
    "\u2068G2\u2069 — retitled: «\u2068+Recycling\u2069» → «\u2068+Recycling and reuse\u2069»",
    "\u2068K1\u2069 — target changed: 80 → 85",
  ]);
  expect(screen.getByRole("heading", { name: "Goals (1)" })).toBeTruthy();
  fireEvent.click(within(importSection()).getByRole("button", { name: "Import" }));
  expect(await within(current).findByText("city-plan-v2.xlsx")).toBeTruthy();

  // The same file again: nothing has changed.
  await choose(v2, "city-plan-v2.xlsx");
  expect(
    await screen.findByText(/^This is the same file as last time/, {}, { timeout: 15_000 })
  ).toBeTruthy();
  expect(screen.queryAllByRole("listitem")).toEqual([]);

  // Removing the register takes the workbook back to the district plan alone.
  fireEvent.click(screen.getByRole("button", { name: "Remove the higher-level plan" }));
  expect(
    await within(importSection()).findByText("The «Rahbord parent plan» sheet is removed.")
  ).toBeTruthy();
  expect(model.sheets.map((s) => s.name)).toEqual(["Goals", "KPIs"]);
  expect(
    await within(current).findByText(/^No higher-level plan is imported in this workbook/)
  ).toBeTruthy();
}, 60_000);

test("a file that is no workbook is refused with the reason, and nothing is written", async () => {
  const model = childModel();
  await openParent(model, "en");
  await choose(new TextEncoder().encode("code,title\nG1,Clean city\n"), "plan.xlsx");
  expect(
    await within(importSection()).findByText(
      "plan.xlsx holds text, not an .xlsx workbook (a CSV file renamed?)."
    )
  ).toBeTruthy();
  expect(within(importSection()).queryByRole("button", { name: "Import" })).toBeNull();
  expect(model.sheets.map((s) => s.name)).toEqual(["Goals", "KPIs"]);
});

test("in Persian the imported register shows its Jalali date and its counts in Persian digits", async () => {
  const model = childModel();
  const plan = planOf();
  const register = registerOf(plan, {
    fileName: "برنامه-شهر.xlsx",
    importedAt: "2026-03-21T08:30:00.000Z",
    hash: "0123456789abcdef".repeat(4),
  });
  await writeParentRegister(
    new SimRequestContext(model) as unknown as Excel.RequestContext,
    register,
    {
      lang: "fa",
      readingOrder: true,
    }
  );
  const current = await openParent(model, "fa");
  expect(await within(current).findByText("برنامه-شهر.xlsx")).toBeTruthy();
  expect(within(current).getByText(/^۱۴۰۵\/۰۱\/۰۱ /)).toBeTruthy();
  expect(within(current).getByText("0123456789ab")).toBeTruthy();
  expect(within(current).getByText("۰ سیاست، ۰ هدف، ۰ شاخص")).toBeTruthy();
});

test("after a validation, importing validates again: the findings follow the parent's targets", async () => {
  const model = childModel();
  renderPane(model, "en");
  fireEvent.click(screen.getByRole("button", { name: "Validate plan" }));
  await screen.findByText(/^Validated /, {}, { timeout: 15_000 });
  const messages = () =>
    model.sheets
      .flatMap((s) => [...s.cells.values()].flatMap((line) => [...line.values()]))
      .map((cell) => String(cell.value));
  expect(messages().some((m) => /weaker than the target 80 of parent KPI K1/.test(m))).toBe(false);

  fireEvent.click(screen.getByRole("tab", { name: "Higher-level plan" }));
  await screen.findByRole("region", { name: "Imported higher-level plan" });
  await choose(await xlsxBytes(parentSnapshot()), "city-plan.xlsx");
  await screen.findByRole("region", { name: "Before importing" }, { timeout: 15_000 });
  fireEvent.click(within(importSection()).getByRole("button", { name: "Import" }));
  expect(
    await within(importSection()).findByText(
      "The plan was validated again against it: see Findings.",
      {},
      { timeout: 15_000 }
    )
  ).toBeTruthy();
  expect(messages().some((m) => /weaker than the target 80 of parent KPI K1/.test(m))).toBe(true);
}, 60_000);
