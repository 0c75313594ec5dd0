import { buildDashboard } from "../excel/build-dashboard";
import { runExcel } from "../excel/run";
import { readNotice } from "./plan-notices";
import { notice, runCommand } from "./run-command";

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
    if (outcome.kind !== "built") return readNotice(i18n, outcome);
    const { sheet, charts, live, asOf } = outcome;
    const lines = [i18n.t("dashboard.built", { sheet, charts, live, asOf })];
    if (outcome.source === "detected")
      lines.push(i18n.t(outcome.uncertain ? "validate.uncertain" : "validate.detected"));
    return notice(i18n, "info", lines);
  });
}
