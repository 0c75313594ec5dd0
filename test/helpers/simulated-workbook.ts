import { readFileSync } from "node:fs";
import path from "node:path";
import { modelFromXlsx } from "../../src/simulator/model-from-xlsx";
import { SimRequestContext } from "../../src/simulator/request-context";
import {
  ModelSheet,
  ModelWorkbook,
  type ModelVisibility,
} from "../../src/simulator/workbook-model";

export interface SheetOutline {
  name: string;
  visibility: ModelVisibility;
  /** Rows and columns filled from A1; none for a blank sheet. */
  used?: [number, number];
}

/** A simulated request context over sheets filled from A1 to the size given. */
export function simulatedContext(sheets: SheetOutline[]) {
  const model = new ModelWorkbook(
    sheets.map(({ name, visibility, used }) => {
      const sheet = new ModelSheet(name, visibility);
      const [rows, columns] = used ?? [0, 0];
      for (let r = 1; r <= rows; r++)
        for (let c = 1; c <= columns; c++) sheet.setCell(r, c, { value: `${r},${c}` });
      return sheet;
    })
  );
  const simulator = new SimRequestContext(model);
  return { simulator, context: simulator as unknown as Excel.RequestContext };
}

/** A simulated request context over one of samples/*.xlsx. */
export async function simulatedSample(file: string) {
  const model = await modelFromXlsx(readFileSync(path.join(__dirname, "../../samples", file)));
  const simulator = new SimRequestContext(model);
  return { model, simulator, context: simulator as unknown as Excel.RequestContext };
}
