import { clearHighlights } from "../excel/highlight";
import { runExcel } from "../excel/run";
import { notice, runCommand } from "./run-command";

/** Ribbon "Clear highlights": removes Rahbord's colours, and nothing of the user's. */
export function clearPlanHighlights(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand(event, "clearHighlights", "Clear highlights", async ({ i18n }) => {
    const removed = await runExcel(clearHighlights);
    return notice(i18n, "info", [
      removed ? i18n.t("highlight.cleared", { formats: removed }) : i18n.t("highlight.none"),
    ]);
  });
}
