import type { SupportReport } from "../excel/requirements";

/**
 * The workbook as the pane reaches it: one batch at a time, Excel.run in Excel, the workbook
 * simulator in the playground and the tests. Every src/excel function runs inside a batch.
 */
export interface WorkbookAccess {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** Where the pane is running. */
export type PaneHost =
  | { kind: "excel"; support: SupportReport; workbook: WorkbookAccess }
  | { kind: "outside"; officeLoaded: boolean };
