import { RAHBORD_SHEET_NAMES } from "../core/report/rahbord-sheets";

/**
 * Calls `onEdit` with a sheet's name when cells of one of the user's sheets change (onChanged,
 * ExcelApi 1.7). Rahbord's own sheets, and sheets added after the watch began (the report is one),
 * are left out, so that what validate writes never sets it off again. Two syncs; the function it
 * returns stops the watch.
 */
export async function watchEdits(
  context: Excel.RequestContext,
  onEdit: (sheet: string) => void
): Promise<() => Promise<void>> {
  const sheets = context.workbook.worksheets.load("items/id, items/name");
  await context.sync();
  const watched = new Map(
    sheets.items
      .filter((sheet) => !RAHBORD_SHEET_NAMES.includes(sheet.name))
      .map((sheet) => [sheet.id, sheet.name])
  );
  const registration = context.workbook.worksheets.onChanged.add(async (event) => {
    const name = watched.get(event.worksheetId);
    if (name !== undefined) onEdit(name);
  });
  await context.sync();
  return async () => {
    registration.remove();
    await registration.context.sync();
  };
}
