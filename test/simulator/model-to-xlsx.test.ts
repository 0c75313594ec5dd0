import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkbookFile } from "../../src/cli/read-workbook";
import { modelFromXlsx } from "../../src/simulator/model-from-xlsx";
import { modelToXlsx } from "../../src/simulator/model-to-xlsx";
import { ModelSheet, ModelWorkbook } from "../../src/simulator/workbook-model";

const samples = path.join(__dirname, "../../samples");
const dir = mkdtempSync(path.join(tmpdir(), "rahbord-sim-"));

async function throughFile(model: ModelWorkbook, name: string) {
  const file = path.join(dir, name);
  writeFileSync(file, await modelToXlsx(model));
  return readWorkbookFile(file);
}

test.each(["plan-fa-with-defects.xlsx", "plan-en.xlsx"])(
  "%s, loaded into the simulator and exported, reads as the original in the CLI",
  async (file) => {
    const model = await modelFromXlsx(readFileSync(path.join(samples, file)));
    const original = await readWorkbookFile(path.join(samples, file));
    const exported = await throughFile(model, file);
    expect(exported.snapshot).toEqual(original.snapshot);
  }
);

test("formulas keep their results, errors stay errors, right-to-left cells stay so", async () => {
  const sheet = new ModelSheet("Data", "Hidden");
  sheet.setCell(1, 1, { value: 3, formula: "=1+2" });
  sheet.setCell(1, 2, { value: "#DIV/0!", error: true, formula: "=1/0" });
  sheet.setCell(2, 1, { value: "متن", readingOrder: "RightToLeft" });
  sheet.setCell(2, 2, { value: 45000, numberFormat: "yyyy/mm/dd" });
  const model = new ModelWorkbook([new ModelSheet("Visible"), sheet]);
  model.sheets[0].setCell(1, 1, { value: "x" });
  const { snapshot } = await throughFile(model, "cells.xlsx");
  expect(snapshot.sheets[1]).toMatchObject({
    name: "Data",
    visibility: "Hidden",
    values: [
      [3, { error: "#DIV/0!" }],
      ["متن", 45000],
    ],
    numberFormats: [[], [null, "yyyy/mm/dd"]],
  });
  const back = await modelFromXlsx(readFileSync(path.join(dir, "cells.xlsx")));
  expect(back.sheet("Data")?.cell(1, 1)).toEqual({ value: 3, formula: "=1+2" });
  expect(back.sheet("Data")?.cell(2, 1)).toEqual({ value: "متن", readingOrder: "RightToLeft" });
});
