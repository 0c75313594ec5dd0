import { buildDashboard } from "../excel/build-dashboard";
import { dashboardMessage, planReadMessage } from "../excel/outcome-messages";
import { runExcel } from "../excel/run";
import { noticeOf } from "./outcome-notice";
import { runCommand } from "./run-command";

/** Ribbon "Build dashboard": the summary tables and charts, rebuilt in place on every run. */
export function buildPlanDashboard(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand(event, "buildDashboard", "Build dashboard", async ({ i18n, has }) => {
    const outcome = await runExcel((context) =>
      buildDashboard(context, {
        lang: i18n.prefs.lang,
        mergedAreas: has("mergedAreas"),
        readingOrder: has("readingOrder"),
      })
    );
    return noticeOf(
      i18n,
      outcome.kind === "built" ? dashboardMessage(i18n, outcome) : planReadMessage(i18n, outcome)
    );
  });
}
