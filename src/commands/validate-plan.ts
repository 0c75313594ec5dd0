import { validateWorkbook } from "../excel/validate-workbook";
import { runExcel } from "../excel/run";
import type { Notice } from "./notice";
import { detectedMappingLines, highlightMessage, planReadMessage } from "../excel/outcome-messages";
import { noticeOf } from "./outcome-notice";
import { notice, runCommand, type CommandScope } from "./run-command";

/** Validate, and with `highlight` mark the offending cells; the notice tells what was found. */
async function validationNotice({ i18n, has }: CommandScope, highlight: boolean): Promise<Notice> {
  const outcome = await runExcel((context) =>
    validateWorkbook(context, {
      lang: i18n.prefs.lang,
      mergedAreas: has("mergedAreas"),
      readingOrder: has("readingOrder"),
      ...(highlight && { highlight: { rangeAreas: has("rangeAreas") } }),
    })
  );
  if (outcome.kind !== "validated") return noticeOf(i18n, planReadMessage(i18n, outcome));
  const lines = [i18n.t("validate.counts", { ...outcome.counts, sheet: outcome.reportSheet })];
  if (outcome.highlight) lines.push(...highlightMessage(i18n, outcome.highlight).lines);
  lines.push(...detectedMappingLines(i18n, outcome));
  return notice(i18n, "info", lines);
}

/**
 * Ribbon "Validate plan": runs without the pane — reads the plan, runs every rule, writes the report
 * sheet — tells the counts in a notice, and always completes its event.
 */
export function validatePlan(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand(event, "validate", "Validate plan", (scope) => validationNotice(scope, false));
}

/** Ribbon "Highlight findings": validates as above, then colours each offending cell by severity. */
export function highlightPlan(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand(event, "highlight", "Highlight findings", (scope) =>
    validationNotice(scope, true)
  );
}
