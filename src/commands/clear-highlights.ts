import { clearHighlights } from "../excel/highlight";
import { clearedMessage } from "../excel/outcome-messages";
import { runExcel } from "../excel/run";
import { noticeOf } from "./outcome-notice";
import { runCommand } from "./run-command";

/** Ribbon "Clear highlights": removes Rahbord's colours, and nothing of the user's. */
export function clearPlanHighlights(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand(event, "clearHighlights", "Clear highlights", async ({ i18n }) =>
    noticeOf(i18n, clearedMessage(i18n, await runExcel(clearHighlights)))
  );
}
