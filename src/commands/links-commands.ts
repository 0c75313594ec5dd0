import type { Translator } from "../core/i18n";
import { linkPlan } from "../core/links/link-columns";
import type { LeftReason, LinkReport } from "../core/links/enforcement";
import { enforceLinks, removeLinks, type LinksPartInTheWay } from "../excel/enforce-links";
import { readPlan } from "../excel/read-plan";
import { runExcel } from "../excel/run";
import type { Notice } from "./notice";
import { readNotice } from "./plan-notices";
import { notice, runCommand } from "./run-command";

const blocked = (i18n: Translator, part: LinksPartInTheWay): Notice =>
  notice(i18n, "error", [
    i18n.t("links.blocked", { reason: i18n.t(`validate.mapping.${part.kind}`) }),
  ]);

/** "Left as they were: Goals!E5:E60 (your own dropdown); …" */
function leftLine(i18n: Translator, left: readonly (LinkReport & { reason: LeftReason })[]) {
  if (!left.length) return [];
  const separator = i18n.prefs.lang === "fa" ? "؛ " : "; ";
  const ranges = left.map((l) => `${l.sheet}!${l.address} (${i18n.t(`links.reason.${l.reason}`)})`);
  return [i18n.t("links.left", { ranges: ranges.join(separator) })];
}

/** Ribbon "Enforce links": dropdowns of the parent's codes on the mapped parent-code columns. */
export function enforcePlanLinks(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand(event, "enforceLinks", "Enforce links", async ({ i18n, has }) => {
    const outcome = await runExcel(async (context) => {
      const read = await readPlan(context, { mergedAreas: has("mergedAreas") });
      if (read.kind !== "read") return read;
      return enforceLinks(context, linkPlan(read.snapshot, read.mapping), i18n);
    });
    if (outcome.kind === "nothing-mapped" || outcome.kind === "mapping-unusable")
      return readNotice(i18n, outcome);
    if (outcome.kind === "blocked") return blocked(i18n, outcome.part);
    return notice(i18n, "info", [
      i18n.t("links.enforced", { columns: outcome.enforced.length }),
      ...leftLine(i18n, outcome.left),
      ...(outcome.withoutParentCodes.length
        ? [i18n.t("links.noParentCodes", { links: outcome.withoutParentCodes.length })]
        : []),
    ]);
  });
}

/** Ribbon "Remove links": Rahbord's dropdowns removed, each range's earlier validation put back. */
export function removePlanLinks(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand(event, "removeLinks", "Remove links", async ({ i18n }) => {
    const outcome = await runExcel(removeLinks);
    if (outcome.kind === "blocked") return blocked(i18n, outcome.part);
    if (outcome.kind === "nothing") return notice(i18n, "info", [i18n.t("links.nothing")]);
    return notice(i18n, "info", [
      i18n.t("links.removed", { columns: outcome.restored.length }),
      ...leftLine(i18n, outcome.left),
    ]);
  });
}
