import type { SheetVisibility, WorkbookSnapshot } from "../core/snapshot/workbook-snapshot";
import { queueMergedAreas } from "./merged-areas";
import { queueTables } from "./tables";
import { CELL_PROPERTIES, sheetExtras, snapshotRows, type LoadedCells } from "./read-snapshot";

/**
 * Rows read from the top of each sheet's used range for detection: its title and header rows
 * and a sample of data below them.
 */
export const HEADER_AREA_ROWS = 200;

/**
 * The top of every sheet's used range as a snapshot, for the engine's detection: two syncs,
 * whatever the number of sheets (the rows through the used range's first HEADER_AREA_ROWS rows,
 * intersected with the used range, are asked for in one batch).
 */
export async function readHeaderArea(
  context: Excel.RequestContext,
  options: { mergedAreas?: boolean } = {}
): Promise<WorkbookSnapshot> {
  const collection = context.workbook.worksheets;
  collection.load("items/name, items/visibility");
  const tables = queueTables(context);
  await context.sync();
  const tops = collection.items.map((sheet) => {
    const used = sheet.getUsedRange(true); // a blank sheet's is A1
    return used
      .getCell(0, 0)
      .getResizedRange(HEADER_AREA_ROWS - 1, 0)
      .getEntireRow()
      .getIntersection(used)
      .load(`${CELL_PROPERTIES}, rowIndex, columnIndex`);
  });
  const merged = options.mergedAreas ? collection.items.map(queueMergedAreas) : [];
  const tableRanges = tables.ranges();
  await context.sync();
  const tablesBySheet = tableRanges.bySheet();
  return {
    sheets: collection.items.map((sheet, i) => {
      const top = tops[i];
      const { values, formats } = snapshotRows(top as unknown as LoadedCells);
      const blank = values.every((line) => line.length === 0);
      return {
        name: sheet.name,
        visibility: sheet.visibility as SheetVisibility,
        origin: { row: top.rowIndex + 1, column: top.columnIndex + 1 },
        values: blank ? [] : values,
        ...sheetExtras(formats, merged[i]?.areas() ?? [], tablesBySheet.get(sheet.name)),
      };
    }),
  };
}
