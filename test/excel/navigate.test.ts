import { goToCell } from "../../src/excel/navigate";
import { SimRequestContext } from "../../src/simulator/request-context";
import { ModelSheet, ModelWorkbook } from "../../src/simulator/workbook-model";

function workbook() {
  const model = new ModelWorkbook([new ModelSheet("Report"), new ModelSheet("اهداف")]);
  const simulator = new SimRequestContext(model);
  return { model, simulator, context: simulator as unknown as Excel.RequestContext };
}

test("a finding's cell is selected on its sheet", async () => {
  const { model, simulator, context } = workbook();
  expect(await goToCell(context, { sheet: "اهداف", cell: "C5" })).toBe(true);
  expect(model.active?.name).toBe("اهداف");
  expect(model.selection).toEqual({
    sheet: model.sheets[1],
    area: { top: 5, left: 3, bottom: 5, right: 3 },
  });
  expect(simulator.syncs).toHaveLength(2);
});

test("a sheet that is gone changes nothing", async () => {
  const { model, context } = workbook();
  expect(await goToCell(context, { sheet: "Goals", cell: "C5" })).toBe(false);
  expect(model.active).toBeUndefined();
  expect(model.selection).toBeUndefined();
});
