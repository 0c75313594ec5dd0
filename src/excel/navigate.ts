/**
 * Takes the user to a finding's cell: activates its sheet and selects the cell (two syncs).
 * Returns false, changing nothing, when the sheet is gone (renamed or deleted since the check).
 */
export async function goToCell(
  context: Excel.RequestContext,
  target: { sheet: string; cell: string }
): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(target.sheet);
  await context.sync();
  if (sheet.isNullObject) return false;
  sheet.activate();
  sheet.getRange(target.cell).select();
  await context.sync();
  return true;
}
