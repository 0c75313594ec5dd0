/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { defaultDisplayPrefs, type DisplayPrefs } from "../../src/core/i18n";
import type { WorkbookOverview } from "../../src/core/workbook-overview";
import { supportReport } from "../../src/excel/requirements";
import { App } from "../../src/taskpane/App";
import type { PaneHost } from "../../src/taskpane/pane-host";

const overview: WorkbookOverview = {
  readAt: new Date(2026, 10, 26, 19, 36),
  sheets: [
    { name: "اهداف", visibility: "Visible", rows: 25, columns: 8 },
    { name: "Budget", visibility: "Hidden", rows: 1200, columns: 14 },
  ],
};

const excel = (readOverview: () => Promise<WorkbookOverview>, maxMinor = 17): PaneHost => ({
  kind: "excel",
  support: supportReport((_, v) => Number(v.split(".")[1]) <= maxMinor),
  // Home's one batch reads the overview: the fake answers it with the given one.
  workbook: { run: <T,>() => readOverview() as Promise<T> },
});

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

test("the navigation names all six sections, and each opens", () => {
  renderApp({ kind: "outside", officeLoaded: true });
  const tabs = screen.getAllByRole("tab");
  expect(tabs.map((t) => t.getAttribute("data-section"))).toEqual([
    "home",
    "mapping",
    "findings",
    "budget",
    "dashboard",
    "settings",
  ]);
  fireEvent.click(screen.getByRole("tab", { name: "Findings" }));
  expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Findings");
  expect(screen.getByText(/not available in this version/)).toBeTruthy();
});

test("the language switch flips the pane to Persian and reports the choice", () => {
  const { onPrefsChange } = renderApp({ kind: "outside", officeLoaded: true });
  fireEvent.click(screen.getByRole("button", { name: "Show Rahbord in Persian" }));
  expect(onPrefsChange).toHaveBeenCalledWith(defaultDisplayPrefs("fa"));
  expect(document.documentElement.dir).toBe("rtl");
  expect(screen.getByRole("tab", { name: "خانه" })).toBeTruthy();
});

test("in Excel, Home reads the workbook and lists its sheets in the reader's digits", async () => {
  const read = jest.fn().mockResolvedValue(overview);
  renderApp(excel(read), defaultDisplayPrefs("fa"));
  expect(await screen.findByText("۲ برگه، ۲ برگهٔ دارای داده، روی‌هم ۱٬۲۲۵ سطر.")).toBeTruthy();
  expect(screen.getByText("۱٬۲۰۰ سطر × ۱۴ ستون")).toBeTruthy();
  expect(screen.getByText("پنهان")).toBeTruthy();
  expect(screen.getByText("خوانده‌شده در ۱۴۰۵/۰۹/۰۵ ۱۹:۳۶")).toBeTruthy();
  expect(read).toHaveBeenCalledTimes(1);
  fireEvent.click(screen.getByRole("button", { name: "اعتبارسنجی سند" }));
  await waitFor(() => expect(read).toHaveBeenCalledTimes(2));
});

test("a failed read says what happened and what to do", async () => {
  renderApp(excel(() => Promise.reject(new Error("RichApi.Error: ItemNotFound"))));
  expect(await screen.findByText("Something went wrong: RichApi.Error: ItemNotFound")).toBeTruthy();
  expect(screen.getByText(/Try again/)).toBeTruthy();
});

test("an older Excel lists what it cannot do, and the rest still works", async () => {
  renderApp(excel(() => Promise.resolve(overview), 9));
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
  const read = jest.fn();
  renderApp(excel(read, 4));
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
