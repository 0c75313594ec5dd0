/**
 * @jest-environment jsdom
 */
import { renderPane } from "../helpers/render-pane";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { SimRequestContext } from "../../src/simulator/request-context";
import type { ModelWorkbook } from "../../src/simulator/workbook-model";
import { simulatedWorkbook } from "../../src/simulator/workbook-access";
import type { WorkbookAccess } from "../../src/taskpane/pane-host";
import { LIVE_DEBOUNCE_MS } from "../../src/taskpane/live/LiveValidation";
import { simulatedSample } from "../helpers/simulated-workbook";

/** A user's edit, as Excel would deliver it: a batch of its own that writes cells. */
async function edit(model: ModelWorkbook, sheet: string, address: string, value: string | number) {
  const context = new SimRequestContext(model);
  context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
  await context.sync();
}

const runs = (run: jest.Mock) => run.mock.calls.length;

test("live mode validates again after edits pause, once per burst, and never because of its own report", async () => {
  const { model } = await simulatedSample("plan-en-with-defects.xlsx");
  const access = simulatedWorkbook(model);
  const run = jest.fn(access.run);
  renderPane({ run } as WorkbookAccess, "en");
  fireEvent.click(screen.getByRole("switch", { name: /Live: validate again/ }));
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  const before = runs(run);

  const goals = model.sheets.find((s) => s.name === "Goals")!;
  await act(async () => {
    await edit(model, goals.name, "C5", "Renamed goal");
    await edit(model, goals.name, "C6", "Another");
  });
  const summary = await screen.findByTestId(
    "last-validation",
    {},
    { timeout: LIVE_DEBOUNCE_MS * 3 }
  );
  expect(within(summary).getByText(/^\d+ errors$/)).toBeTruthy();
  // One validation for the burst of two edits (the read of Home's overview aside).
  const validations = runs(run) - before;
  expect(validations).toBe(1);
  await act(() => new Promise((resolve) => setTimeout(resolve, LIVE_DEBOUNCE_MS * 2)));
  expect(runs(run) - before).toBe(validations); // the report it wrote did not set it off again

  fireEvent.click(screen.getByRole("switch", { name: /Live: validate again/ }));
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  const off = runs(run);
  await act(() => edit(model, goals.name, "C7", "Ignored"));
  await act(() => new Promise((resolve) => setTimeout(resolve, LIVE_DEBOUNCE_MS * 2)));
  expect(runs(run)).toBe(off);
}, 20_000);
