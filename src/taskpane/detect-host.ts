import { officeSupportReport } from "../excel/requirements";
import { runExcel } from "../excel/run";
import type { PaneHost } from "./pane-host";

/** Office.onReady never settles on some broken loads; past this the pane treats itself as outside Office. */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

/**
 * Waits for office.js. A plain browser gets host null from Office.onReady; a page whose office.js
 * did not load at all has no Office global. Either way the pane still renders and says so.
 */
export async function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<PaneHost> {
  if (typeof Office === "undefined") return { kind: "outside", officeLoaded: false };
  let stopTimer = () => {};
  const timeout = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    stopTimer = () => clearTimeout(timer);
  });
  const info = await Promise.race([Office.onReady(), timeout]).finally(stopTimer);
  if (info?.host !== Office.HostType.Excel) return { kind: "outside", officeLoaded: true };
  return {
    kind: "excel",
    support: officeSupportReport(),
    workbook: { run: runExcel },
  };
}
