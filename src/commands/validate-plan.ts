import { errorMessage } from "../core/error-message";
import { createTranslator, type Translator } from "../core/i18n";
import { overviewSummary } from "../core/workbook-overview";
import { currentDisplayPrefs } from "../excel/display-prefs-store";
import { readWorkbookOverview } from "../excel/read-overview";
import { MIN_EXCEL_API, officeSupportReport } from "../excel/requirements";
import { runExcel } from "../excel/run";
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

async function validationNotice(i18n: Translator): Promise<Notice> {
  if (!officeSupportReport().runs) {
    return notice(i18n, "error", [i18n.t("requirements.tooOld", { needed: MIN_EXCEL_API })]);
  }
  const overview = await runExcel(readWorkbookOverview);
  return notice(i18n, "info", [overviewSummary(overview, i18n), i18n.t("overview.noMapping")]);
}

function failureNotice(error: unknown, i18n: Translator): Notice {
  return notice(i18n, "error", [
    i18n.t("error.unexpected", { message: errorMessage(error) }),
    i18n.t("error.retry"),
  ]);
}

/** Ribbon "Validate plan": runs without the pane, reports in a notice, and always completes its event. */
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
