/**
 * @jest-environment jsdom
 */
import { renderPane } from "../helpers/render-pane";
import { fireEvent, screen } from "@testing-library/react";
import { detectMapping } from "../../src/core/mapping/detect";
import { encodeStoredMapping } from "../../src/core/mapping/stored-mapping";
import { loadStoredMapping } from "../../src/excel/mapping-store";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { SimRequestContext } from "../../src/simulator/request-context";
import { simulatedSample } from "../helpers/simulated-workbook";

async function openSettings(stored: boolean) {
  const { model, context } = await simulatedSample("plan-en.xlsx");
  if (stored) {
    const mapping = detectMapping(await readSnapshot(context)).mapping;
    model.customXmlParts.push({ id: "{1}", xml: encodeStoredMapping(mapping) });
  }
  renderPane(model, "en");
  fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
  return model;
}

test("rule severities and the plan period are saved with the mapping in the workbook", async () => {
  const model = await openSettings(true);
  fireEvent.click(await screen.findByRole("combobox", { name: "uncovered-policy" }));
  fireEvent.click(screen.getByRole("option", { name: "Off" }));
  fireEvent.change(screen.getByLabelText("Plan period from"), { target: { value: "1400" } });
  expect(screen.getByText(/give both ends/)).toBeTruthy();
  expect(screen.getByRole("button", { name: "Save settings" }).hasAttribute("disabled")).toBe(true);
  fireEvent.change(screen.getByLabelText("to"), { target: { value: "1404" } });
  fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
  expect(
    await screen.findByText("Saved in the workbook. The next validation uses them.")
  ).toBeTruthy();
  const state = await loadStoredMapping(
    new SimRequestContext(model) as unknown as Excel.RequestContext
  );
  expect(state.kind === "ok" && state.mapping.settings).toEqual({
    rules: { "uncovered-policy": "off" },
    planPeriod: { start: "1400", end: "1404" },
  });
});

test("without a stored mapping, Settings says to save the mapping first", async () => {
  await openSettings(false);
  expect(await screen.findByText(/save the mapping in Mapping first/)).toBeTruthy();
});
