import { errorMessage } from "../core/error-message";
import { createTranslator, type Translator } from "../core/i18n";
import { currentDisplayPrefs } from "../excel/display-prefs-store";
import { MIN_EXCEL_API, officeSupportReport } from "../excel/requirements";
import { runExcel } from "../excel/run";
import { validateWorkbook } from "../excel/validate-workbook";
import type { Notice } from "./notice";
import { showNotice } from "./show-notice";

/** Office closes a command's runtime after 5 minutes; the notice closes itself before that. */
export const COMMAND_LIFETIME_MS = 5 * 60_000;
const SAFETY_MARGIN_MS = 20_000;

function notice(i18n: Translator, kind: Notice["kind"], lines: string[]): Notice {
  return {
    kind,
    lang: i18n.prefs.lang,
    title: i18n.t(kind === "error" ? "notice.title.error" : "notice.title.info"),
    lines,
    closeLabel: i18n.t("notice.close"),
  };
}

/** The optional features validate uses; on an Excel without one, the notice names what is missing. */
const VALIDATE_FEATURES: readonly string[] = ["mergedAreas", "readingOrder"];

async function validationNotice(i18n: Translator): Promise<Notice> {
  const support = officeSupportReport();
  if (!support.runs) {
    return notice(i18n, "error", [i18n.t("requirements.tooOld", { needed: MIN_EXCEL_API })]);
  }
  const lacking = support.missing.filter((f) => VALIDATE_FEATURES.includes(f.id));
  const has = (id: string) => !lacking.some((f) => f.id === id);
  const outcome = await runExcel((context) =>
    validateWorkbook(context, {
      lang: i18n.prefs.lang,
      mergedAreas: has("mergedAreas"),
      readingOrder: has("readingOrder"),
    })
  );
  if (outcome.kind === "nothing-mapped")
    return notice(i18n, "info", [i18n.t("validate.nothingMapped")]);
  if (outcome.kind === "mapping-unusable") {
    const reason = i18n.t(`validate.mapping.${outcome.stored.kind}`);
    return notice(i18n, "error", [i18n.t("validate.mappingUnusable", { reason })]);
  }
  const lines = [i18n.t("validate.counts", { ...outcome.counts, sheet: outcome.reportSheet })];
  if (outcome.source === "detected")
    lines.push(i18n.t(outcome.uncertain ? "validate.uncertain" : "validate.detected"));
  if (lacking.length)
    lines.push(
      `${i18n.t("requirements.degraded")} ${lacking
        .map((f) => i18n.t("requirements.feature", { feature: i18n.t(f.label), needed: f.needs }))
        .join(i18n.prefs.lang === "fa" ? "؛ " : "; ")}`
    );
  return notice(i18n, "info", lines);
}

function failureNotice(error: unknown, i18n: Translator): Notice {
  return notice(i18n, "error", [
    i18n.t("error.unexpected", { message: errorMessage(error) }),
    i18n.t("error.retry"),
  ]);
}

/**
 * Ribbon "Validate plan": runs without the pane — reads the plan, runs every rule, writes the report
 * sheet — tells the counts in a notice, and always completes its event.
 */
export async function validatePlan(event: Office.AddinCommands.Event): Promise<void> {
  const started = Date.now();
  try {
    const i18n = createTranslator(currentDisplayPrefs());
    let result: Notice;
    try {
      result = await validationNotice(i18n);
    } catch (error) {
      console.error("Rahbord: Validate plan failed", error);
      result = failureNotice(error, i18n);
    }
    await showNotice(result, COMMAND_LIFETIME_MS - SAFETY_MARGIN_MS - (Date.now() - started));
  } finally {
    event.completed();
  }
}
