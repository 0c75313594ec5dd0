import { templateMessage } from "../excel/outcome-messages";
import { runExcel } from "../excel/run";
import { noticeOf } from "./outcome-notice";
import { runCommand } from "./run-command";

/**
 * Ribbon "Insert template": the planning template's sheets added to the open workbook, never over
 * a sheet of the user's. The template (and exceljs behind it) is loaded only when asked for.
 */
export function insertPlanTemplate(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand(event, "insertTemplate", "Insert template", async ({ i18n, has }) => {
    const { insertTemplate } = await import("../excel/insert-template");
    const outcome = await runExcel((context) =>
      insertTemplate(context, {
        lang: i18n.prefs.lang,
        insertSheets: has("insertSheets"),
        dataValidation: has("dataValidation"),
        readingOrder: has("readingOrder"),
      })
    );
    return noticeOf(i18n, templateMessage(i18n, outcome.sheets));
  });
}
