import { goToCell } from "../../src/excel/navigate";
import { WorkbookSession } from "../../src/playground/workbook-session";
import { ModelSheet, ModelWorkbook } from "../../src/simulator/workbook-model";

function session() {
  const hidden = new ModelSheet("Lists", "Hidden");
  const goals = new ModelSheet("Goals");
  const budget = new ModelSheet("Budget");
  const opened = new WorkbookSession(new ModelWorkbook([hidden, goals, budget]), "plan.xlsx");
  const redraws = jest.fn();
  opened.subscribe(redraws);
  const run = opened.host.kind === "excel" ? opened.host.workbook.run : undefined;
  return { opened, redraws, run: run!, sheets: { hidden, goals, budget } };
}

test("a workbook opens on its first visible sheet, with every feature the pane asks for", () => {
  const { opened, sheets } = session();
  expect(opened.shown).toBe(sheets.goals);
  expect(opened.host.kind === "excel" && opened.host.support).toEqual({ runs: true, missing: [] });
});

test("every batch redraws; a sheet the pane selects in comes into view, a tab click shows another", async () => {
  const { opened, redraws, run, sheets } = session();
  await run((context) => goToCell(context, { sheet: "Budget", cell: "C7" }));
  expect(redraws).toHaveBeenCalledTimes(1);
  expect(opened.shown).toBe(sheets.budget);
  expect(opened.model.selection?.area).toEqual({ top: 7, left: 3, bottom: 7, right: 3 });

  opened.show(sheets.hidden);
  expect(opened.shown).toBe(sheets.hidden);
  const revision = opened.revision();
  // A batch that moves nothing leaves the sheet the user picked.
  await run(async (context) => context.sync());
  expect(opened.shown).toBe(sheets.hidden);
  expect(opened.revision()).toBeGreaterThan(revision);
  // Going to a cell again, even on the active sheet, brings it back.
  await run((context) => goToCell(context, { sheet: "Budget", cell: "A1" }));
  expect(opened.shown).toBe(sheets.budget);
});

test("a failed batch still redraws, and a removed sheet is never shown", async () => {
  const { opened, redraws, run, sheets } = session();
  opened.show(sheets.budget);
  opened.model.sheets.splice(opened.model.sheets.indexOf(sheets.budget), 1);
  await expect(run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
  expect(redraws).toHaveBeenCalledTimes(2);
  expect(opened.shown).toBe(sheets.goals);
});
