import type { WorkbookOverview } from "../core/workbook-overview";
import type { SupportReport } from "../excel/requirements";

/** What the workbook offers the pane; Excel here, the workbook simulator in the playground. */
export interface WorkbookAccess {
  readOverview(): Promise<WorkbookOverview>;
}

/** Where the pane is running. */
export type PaneHost =
  | { kind: "excel"; support: SupportReport; workbook: WorkbookAccess }
  | { kind: "outside"; officeLoaded: boolean };
