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

/** A workbook of sheets filled from A1 to the size given. */
export function outlinedModel(sheets: SheetOutline[]): ModelWorkbook {
  return new ModelWorkbook(
    sheets.map(({ name, visibility, used }) => {
      const sheet = new ModelSheet(name, visibility);
      const [rows, columns] = used ?? [0, 0];
      for (let r = 1; r <= rows; r++)
        for (let c = 1; c <= columns; c++) sheet.setCell(r, c, { value: `${r},${c}` });
      return sheet;
    })
  );
}

/** A simulated request context over sheets filled from A1 to the size given. */
export function simulatedContext(sheets: SheetOutline[]) {
  const simulator = new SimRequestContext(outlinedModel(sheets));
  return { simulator, context: simulator as unknown as Excel.RequestContext };
}

/** A simulated request context over one of samples/*.xlsx. */
export async function simulatedSample(file: string) {
  const model = await modelFromXlsx(readFileSync(path.join(__dirname, "../../samples", file)));
  const simulator = new SimRequestContext(model);
  return { model, simulator, context: simulator as unknown as Excel.RequestContext };
}

/**
 * Gives a workbook what users' workbooks have and Rahbord must never disturb: a cell (row, B) of
 * the sheet with its own fill, font, note and validation, two conditional formats, a defined name.
 */
export function dressAsUsersWorkbook(model: ModelWorkbook, sheetName: string, row: number): void {
  const sheet = model.sheet(sheetName)!;
  sheet.setCell(row, 2, {
    ...(sheet.cell(row, 2) ?? { value: "" }),
    fill: "#00B050",
    font: { bold: true },
    note: "بررسی شود",
    validation: {
      rule: { textLength: { formula1: "2", operator: "GreaterThan" } },
      ignoreBlanks: true,
    },
  });
  sheet.conditionalFormats.push(
    {
      id: "{user-1}",
      type: "Custom",
      areas: [{ top: 1, left: 1, bottom: 50, right: 9 }],
      formula: "=$C1>100",
      style: { bold: true },
    },
    {
      id: "{user-2}",
      type: "ColorScale",
      areas: [{ top: 2, left: 4, bottom: 40, right: 4 }],
      detail: { cfvo: 3 },
    }
  );
  model.names.push({
    name: "Targets",
    formula: `='${sheet.name}'!$D$2:$D$40`,
    visible: true,
    comment: "",
  });
}
