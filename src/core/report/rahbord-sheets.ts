import { DASHBOARD_SHEET_NAMES } from "../dashboard/dashboard-labels";
import { REPORT_SHEET_NAMES } from "./report-labels";

/** Rahbord's own sheets (report, dashboard), in either language: never read as plan sheets. */
export const RAHBORD_SHEET_NAMES: readonly string[] = [
  ...REPORT_SHEET_NAMES,
  ...DASHBOARD_SHEET_NAMES,
];
