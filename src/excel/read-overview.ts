import type { SheetVisibility, WorkbookOverview } from "../core/workbook-overview";

/** Every sheet's name, visibility and used-range size, in two syncs whatever the sheet count. */
export async function readWorkbookOverview(
  context: Excel.RequestContext
): Promise<WorkbookOverview> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  await context.sync();
  const used = sheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("rowCount,columnCount");
    return range;
  });
  await context.sync();
  return {
    readAt: new Date(),
    sheets: sheets.items.map((sheet, i) => ({
      name: sheet.name,
      visibility: sheet.visibility as SheetVisibility,
      rows: used[i].isNullObject ? 0 : used[i].rowCount,
      columns: used[i].isNullObject ? 0 : used[i].columnCount,
    })),
  };
}
