import { linkPlan } from "../core/links/link-columns";
import { enforceLinks, removeLinks } from "../excel/enforce-links";
import { enforceMessage, planReadMessage, removeMessage } from "../excel/outcome-messages";
import { readPlan } from "../excel/read-plan";
import { runExcel } from "../excel/run";
import { noticeOf } from "./outcome-notice";
import { runCommand } from "./run-command";

/** Ribbon "Enforce links": dropdowns of the parent's codes on the mapped parent-code columns. */
export function enforcePlanLinks(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand(event, "enforceLinks", "Enforce links", async ({ i18n, has }) => {
    const outcome = await runExcel(async (context) => {
      const read = await readPlan(context, { mergedAreas: has("mergedAreas") });
      if (read.kind !== "read") return read;
      return enforceLinks(context, linkPlan(read.snapshot, read.mapping), i18n);
    });
    return noticeOf(
      i18n,
      outcome.kind === "nothing-mapped" || outcome.kind === "mapping-unusable"
        ? planReadMessage(i18n, outcome)
        : enforceMessage(i18n, outcome)
    );
  });
}

/** Ribbon "Remove links": Rahbord's dropdowns removed, each range's earlier validation put back. */
export function removePlanLinks(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand(event, "removeLinks", "Remove links", async ({ i18n }) =>
    noticeOf(i18n, removeMessage(i18n, await runExcel(removeLinks)))
  );
}
