/** The one entry into a workbook batch, so the pane and the commands never touch Excel.* themselves. */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}
