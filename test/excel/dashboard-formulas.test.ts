import { cellAddress } from "../../src/core/snapshot/address";
import { buildDashboard, dashboardOf } from "../../src/excel/build-dashboard";
import { readPlan } from "../../src/excel/read-plan";
import { modelToXlsx } from "../../src/simulator/model-to-xlsx";
import { cellValues, recalculated } from "../helpers/libreoffice";
import { simulatedSample } from "../helpers/simulated-workbook";

const now = new Date(2026, 10, 27, 10, 30);

/**
 * The dashboard's formulas computed by a real engine: the workbook the adapter wrote, exported to
 * .xlsx and recalculated by LibreOffice Calc, gives in every formula cell the engine's roll-up.
 */
test.each([
  ["plan-fa.xlsx", "fa"],
  ["plan-en.xlsx", "en"],
  ["plan-fa-with-defects.xlsx", "fa"],
] as const)(
  "every dashboard formula on %s, recalculated by LibreOffice, equals the engine's figure",
  async (file, lang) => {
    const { model, context } = await simulatedSample(file);
    const read = await readPlan(context, { mergedAreas: true });
    if (read.kind !== "read") throw new Error(`${file}: ${read.kind}`);
    const spec = dashboardOf(read, lang, now);
    await buildDashboard(context, { lang, mergedAreas: true, readingOrder: true, now });

    // Stale results first, so that only a recalculation can give the right figures.
    const sheet = model.sheet(spec.sheetName)!;
    for (const line of sheet.cells.values())
      for (const cell of line.values()) if (cell.formula) cell.value = -1;
    const cells = await cellValues(await recalculated(await modelToXlsx(model)), spec.sheetName);

    let checked = 0;
    for (const table of spec.tables)
      table.rows.forEach((row, i) =>
        row.forEach((cell, j) => {
          if (!cell.formula) return;
          const address = cellAddress(table.headerRow + 1 + i, j + 1);
          expect({ address, table: table.id, value: cells[address]?.value }).toEqual({
            address,
            table: table.id,
            value: expect.closeTo(cell.value as number, 6),
          });
          checked++;
        })
      );
    // Budgets by goal and year, statuses and the district × goal counts are live.
    expect(checked).toBeGreaterThan(40);
  },
  60_000
);
