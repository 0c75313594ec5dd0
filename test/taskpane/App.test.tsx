/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { defaultDisplayPrefs, type DisplayPrefs } from "../../src/core/i18n";
import { supportReport } from "../../src/excel/requirements";
import { App } from "../../src/taskpane/App";
import type { PaneHost, WorkbookAccess } from "../../src/taskpane/pane-host";
import { simulatedWorkbook } from "../../src/simulator/workbook-access";
import { outlinedModel, simulatedSample, type SheetOutline } from "../helpers/simulated-workbook";

const sheets: SheetOutline[] = [
  { name: "اهداف", visibility: "Visible", used: [25, 8] },
  { name: "Budget", visibility: "Hidden", used: [1200, 14] },
];

const excel = (workbook: WorkbookAccess, maxMinor = 17): PaneHost => ({
  kind: "excel",
  support: supportReport((_, v) => Number(v.split(".")[1]) <= maxMinor),
  workbook,
});

/** The simulator over the two sheets, counting the batches the pane runs. */
function counted() {
  const access = simulatedWorkbook(outlinedModel(sheets));
  const run = jest.fn(access.run);
  return { run, workbook: { run } as WorkbookAccess };
}

function renderApp(host: PaneHost, prefs: DisplayPrefs = defaultDisplayPrefs("en")) {
  const onPrefsChange = jest.fn();
  const view = render(<App host={host} initialPrefs={prefs} onPrefsChange={onPrefsChange} />);
  return { ...view, onPrefsChange };
}

test("outside Excel, in English: left-to-right, says how to open it in Excel", () => {
  renderApp({ kind: "outside", officeLoaded: true });
  expect(document.documentElement.dir).toBe("ltr");
  expect(document.documentElement.lang).toBe("en");
  const notice = screen.getByTestId("outside-excel");
  expect(within(notice).getByText("Open Rahbord inside Excel")).toBeTruthy();
  expect(
    within(notice).getByText(/Upload My Add-in/, { selector: "li:nth-child(2)" })
  ).toBeTruthy();
  expect(within(notice).queryByText(/office\.js\) did not load/)).toBeNull();
  expect(screen.getByRole("button", { name: "Validate plan" }).hasAttribute("disabled")).toBe(true);
});

test("outside Excel, in Persian: right-to-left, and says when office.js did not load", () => {
  renderApp({ kind: "outside", officeLoaded: false }, defaultDisplayPrefs("fa"));
  expect(document.documentElement.dir).toBe("rtl");
  expect(document.querySelector(".fui-FluentProvider")?.getAttribute("dir")).toBe("rtl");
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("راهبرد");
  expect(screen.getByText(/office\.js\) از https:\/\/appsforoffice\.microsoft\.com/)).toBeTruthy();
});

test("the navigation names every section, and each opens", async () => {
  renderApp({ kind: "outside", officeLoaded: true });
  const tabs = screen.getAllByRole("tab");
  expect(tabs.map((t) => t.getAttribute("data-section"))).toEqual([
    "home",
    "mapping",
    "parent",
    "findings",
    "budget",
    "dashboard",
    "review",
    "settings",
  ]);
  fireEvent.click(screen.getByRole("tab", { name: "Findings" }));
  expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Findings");
  expect(await screen.findByText(/^Not validated yet\./)).toBeTruthy();
});

test("the language switch flips the pane to Persian and reports the choice", () => {
  const { onPrefsChange } = renderApp({ kind: "outside", officeLoaded: true });
  fireEvent.click(screen.getByRole("button", { name: /Show Rahbord in Persian$/ }));
  expect(onPrefsChange).toHaveBeenCalledWith(defaultDisplayPrefs("fa"));
  expect(document.documentElement.dir).toBe("rtl");
  expect(screen.getByRole("tab", { name: "خانه" })).toBeTruthy();
});

test("in Excel, Home reads the workbook and lists its sheets in the reader's digits", async () => {
  const { run, workbook } = counted();
  renderApp(excel(workbook), defaultDisplayPrefs("fa"));
  expect(await screen.findByText("۲ برگه، ۲ برگهٔ دارای داده، روی‌هم ۱٬۲۲۵ سطر.")).toBeTruthy();
  expect(screen.getByText("۱٬۲۰۰ سطر × ۱۴ ستون")).toBeTruthy();
  expect(screen.getByText("پنهان")).toBeTruthy();
  expect(
    screen.getByText(/^خوانده‌شده در [۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}$/)
  ).toBeTruthy();
  expect(screen.getByText(/^هنوز نگاشتی ذخیره نشده است/)).toBeTruthy();
  expect(run).toHaveBeenCalledTimes(1);
  // Nothing here looks like a plan: Validate says so, and Home reads the workbook again.
  fireEvent.click(screen.getByRole("button", { name: "اعتبارسنجی سند" }));
  expect(
    await screen.findByText("هیچ برگه‌ای به برگهٔ سند نمی‌ماند. برگه‌ها را در «نگاشت» نگاشت کنید.")
  ).toBeTruthy();
  await waitFor(() => expect(run).toHaveBeenCalledTimes(3));
});

test("in Excel, Validate checks the plan, then Home shows the counts and the way to the findings", async () => {
  const { model } = await simulatedSample("plan-en-with-defects.xlsx");
  renderApp(excel(simulatedWorkbook(model)));
  fireEvent.click(screen.getByRole("button", { name: "Validate plan" }));
  const summary = await screen.findByTestId("last-validation");
  expect(within(summary).getByText(/^\d+ errors$/)).toBeTruthy();
  expect(within(summary).getByText(/the list is also on the «Rahbord report» sheet/)).toBeTruthy();
  expect(model.sheet("Rahbord report")).toBeDefined();
  fireEvent.click(within(summary).getByRole("button", { name: "Open findings" }));
  expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Findings");
  expect(await screen.findByText(/^(\d+) of \1 findings shown$/)).toBeTruthy();
  // Findings reads whether the workbook has highlights: none yet.
  const highlights = screen.getByRole("switch", { name: "Highlight the cells in the workbook" });
  await waitFor(() => expect(highlights.hasAttribute("disabled")).toBe(false));
  expect((highlights as HTMLInputElement).checked).toBe(false);
});

test("a failed read says what happened and what to do", async () => {
  const failing: WorkbookAccess = {
    run: () => Promise.reject(new Error("RichApi.Error: ItemNotFound")),
  };
  renderApp(excel(failing));
  expect(await screen.findByText("Something went wrong: RichApi.Error: ItemNotFound")).toBeTruthy();
  expect(screen.getByText(/Try again/)).toBeTruthy();
});

test("an older Excel lists what it cannot do, and the rest still works", async () => {
  renderApp(excel(counted().workbook, 9));
  expect(screen.getByText("Not available in this version of Excel:")).toBeTruthy();
  expect(
    screen.getByText("Excel's own number and date settings (needs ExcelApi 1.11)")
  ).toBeTruthy();
  expect(
    screen.getByText("the template with right-to-left sheets (needs ExcelApi 1.13)")
  ).toBeTruthy();
  expect(screen.queryByText(/dropdowns that enforce links/)).toBeNull();
  expect(await screen.findByText("2 sheets, 2 with data, 1,225 rows in all.")).toBeTruthy();
});

test("an Excel below the minimum is told so and nothing is read", () => {
  const { run: read, workbook } = counted();
  renderApp(excel(workbook, 4));
  expect(screen.getByText(/does not support ExcelApi 1\.7/)).toBeTruthy();
  expect(screen.getByRole("button", { name: "Validate plan" }).hasAttribute("disabled")).toBe(true);
  expect(read).not.toHaveBeenCalled();
});

test("Settings change digits and calendar, and the example follows", () => {
  const { onPrefsChange } = renderApp(
    { kind: "outside", officeLoaded: true },
    defaultDisplayPrefs("fa")
  );
  fireEvent.click(screen.getByRole("tab", { name: "تنظیمات" }));
  expect(screen.getByTestId("format-example").textContent).toMatch(
    /^نمونه: ۱٬۲۳۴٬۵۶۷٫۵ · ۱[۴۵][۰-۹]{2}\/[۰-۹]{2}\/[۰-۹]{2}$/
  );
  act(() => {
    fireEvent.click(screen.getByLabelText("لاتین (123)"));
  });
  expect(onPrefsChange).toHaveBeenLastCalledWith({
    lang: "fa",
    digits: "latin",
    calendar: "jalali",
  });
  expect(screen.getByTestId("format-example").textContent).toMatch(
    /^نمونه: 1,234,567\.5 · 1[45]\d\d\/\d\d\/\d\d$/
  );
  fireEvent.click(screen.getByLabelText("میلادی"));
  expect(screen.getByTestId("format-example").textContent).toMatch(/· 20\d\d-\d\d-\d\d$/);
  fireEvent.click(screen.getByLabelText("English"));
  expect(onPrefsChange).toHaveBeenLastCalledWith(defaultDisplayPrefs("en"));
  expect(document.documentElement.dir).toBe("ltr");
});
