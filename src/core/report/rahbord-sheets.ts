import { DASHBOARD_SHEET_NAMES } from "../dashboard/dashboard-labels";
import { REGISTER_SHEET_NAMES } from "../register/register-sheet";
import { CHANGE_REPORT_SHEET_NAMES } from "../review/change-report";
import { REPORT_SHEET_NAMES } from "./report-labels";

/** Rahbord's outputs (report, dashboard, change report), in either language: never read by validation. */
export const OUTPUT_SHEET_NAMES: readonly string[] = [
  ...REPORT_SHEET_NAMES,
  ...DASHBOARD_SHEET_NAMES,
  ...CHANGE_REPORT_SHEET_NAMES,
];

/**
 * Rahbord's own sheets, in either language: never read as plan sheets. The higher-level plan's
 * register is one, read by the engine as the plan's frame rather than as its rows.
 */
export const RAHBORD_SHEET_NAMES: readonly string[] = [
  ...OUTPUT_SHEET_NAMES,
  ...REGISTER_SHEET_NAMES,
];
