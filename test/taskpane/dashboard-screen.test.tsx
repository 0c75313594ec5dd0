/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { defaultDisplayPrefs, type Lang } from "../../src/core/i18n";
import { supportReport } from "../../src/excel/requirements";
import { simulatedWorkbook } from "../../src/simulator/workbook-access";
import { App } from "../../src/taskpane/App";
import { simulatedSample } from "../helpers/simulated-workbook";
import { userState } from "../helpers/workbook-state";

async function openDashboard(file: string, lang: Lang, maxMinor = 20) {
  const { model } = await simulatedSample(file);
  render(
    <App
      host={{
        kind: "excel",
        support: supportReport((_, v) => Number(v.split(".")[1]) <= maxMinor),
        workbook: simulatedWorkbook(model),
      }}
      initialPrefs={defaultDisplayPrefs(lang)}
      onPrefsChange={jest.fn()}
    />
  );
  fireEvent.click(screen.getByRole("tab", { name: lang === "fa" ? "داشبورد" : "Dashboard" }));
  // The screen's code loads when it is first opened.
  await screen.findByRole("region", {
    name: lang === "fa" ? "داشبورد خلاصه" : "Summary dashboard",
  });
  return model;
}

const section = (name: string) => screen.getByRole("region", { name });

test("Build dashboard writes the dashboard sheet and says what is live, in Persian", async () => {
  const model = await openDashboard("plan-fa.xlsx", "fa");
  const dashboard = section("داشبورد خلاصه");
  fireEvent.click(within(dashboard).getByRole("button", { name: "ساخت داشبورد" }));
  expect(
    await within(dashboard).findByText(/^داشبورد در برگهٔ «داشبورد راهبرد» است: ۶ نمودار؛/)
  ).toBeTruthy();
  expect(model.sheet("داشبورد راهبرد")?.charts).toHaveLength(6);
});

test("Insert template adds the template's sheets; links are enforced and removed exactly", async () => {
  const model = await openDashboard("plan-en.xlsx", "en");
  const before = userState(model);
  const links = section("Links between codes");
  fireEvent.click(within(links).getByRole("button", { name: "Enforce links" }));
  expect(
    await within(links).findByText(/parent-code ranges now offer the parent's codes/)
  ).toBeTruthy();
  expect(userState(model)).not.toBe(before);
  fireEvent.click(within(links).getByRole("button", { name: "Remove links" }));
  expect(await within(links).findByText(/Rahbord's dropdowns are removed from/)).toBeTruthy();
  expect(userState(model)).toBe(before);

  const sheets = model.sheets.length;
  const template = section("Planning template");
  fireEvent.click(within(template).getByRole("button", { name: "Insert template" }));
  expect(
    await within(template).findByText(
      /^The planning template's sheets are added: /,
      {},
      { timeout: 15_000 }
    )
  ).toBeTruthy();
  expect(model.sheets.length).toBeGreaterThan(sheets);
});

test("without data validation (ExcelApi 1.8) the links actions are off; the rest works", async () => {
  await openDashboard("plan-en.xlsx", "en", 7);
  const links = section("Links between codes");
  expect(
    within(links).getByRole("button", { name: "Enforce links" }).hasAttribute("disabled")
  ).toBe(true);
  expect(
    within(section("Summary dashboard"))
      .getByRole("button", { name: "Build dashboard" })
      .hasAttribute("disabled")
  ).toBe(false);
});
