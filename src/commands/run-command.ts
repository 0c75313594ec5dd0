import { errorMessage } from "../core/error-message";
import { createTranslator, type Translator } from "../core/i18n";
import { currentDisplayPrefs } from "../excel/display-prefs-store";
import {
  MIN_EXCEL_API,
  officeOperationSupport,
  officeSupportReport,
  type OperationId,
  type OptionalFeature,
} from "../excel/requirements";
import type { Notice } from "./notice";
import { showNotice } from "./show-notice";

/** Office closes a command's runtime after 5 minutes; the notice closes itself before that. */
export const COMMAND_LIFETIME_MS = 5 * 60_000;
const SAFETY_MARGIN_MS = 20_000;

export function notice(i18n: Translator, kind: Notice["kind"], lines: string[]): Notice {
  return {
    kind,
    lang: i18n.prefs.lang,
    title: i18n.t(kind === "error" ? "notice.title.error" : "notice.title.info"),
    lines,
    closeLabel: i18n.t("notice.close"),
  };
}

/** The line naming what this Excel lacks, or nothing when it lacks nothing. */
function lackingLine(i18n: Translator, missing: readonly OptionalFeature[]): string[] {
  if (!missing.length) return [];
  const features = missing.map((f) =>
    i18n.t("requirements.feature", { feature: i18n.t(f.label), needed: f.needs })
  );
  return [
    `${i18n.t("requirements.degraded")} ${features.join(i18n.prefs.lang === "fa" ? "؛ " : "; ")}`,
  ];
}

/** What a command's work gets: the user's language and the optional features Excel has. */
export interface CommandScope {
  i18n: Translator;
  has(feature: string): boolean;
}

/**
 * Runs a ribbon command: checks the ExcelApi set the operation needs (saying so when it is missing,
 * without touching the workbook), does the work, shows its notice with any features Excel lacks,
 * turns a failure into an error notice, and always completes the event.
 */
export async function runCommand(
  event: Office.AddinCommands.Event,
  operation: OperationId,
  name: string,
  work: (scope: CommandScope) => Promise<Notice>
): Promise<void> {
  const started = Date.now();
  try {
    const i18n = createTranslator(currentDisplayPrefs());
    let result: Notice;
    try {
      const support = officeOperationSupport(operation);
      if (!support.runs)
        result = notice(i18n, "error", [i18n.t("requirements.tooOld", { needed: MIN_EXCEL_API })]);
      else {
        // Asked of every feature, not only those the operation declares, so none is used unchecked.
        const lacking = officeSupportReport().missing;
        const has = (id: string) => !lacking.some((f) => f.id === id);
        result = await work({ i18n, has });
        result.lines.push(...lackingLine(i18n, support.missing));
      }
    } catch (error) {
      console.error(`Rahbord: ${name} failed`, error);
      result = notice(i18n, "error", [
        i18n.t("error.unexpected", { message: errorMessage(error) }),
        i18n.t("error.retry"),
      ]);
    }
    await showNotice(result, COMMAND_LIFETIME_MS - SAFETY_MARGIN_MS - (Date.now() - started));
  } finally {
    event.completed();
  }
}
