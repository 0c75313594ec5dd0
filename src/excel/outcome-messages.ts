import type { Translator } from "../core/i18n";
import type { LeftReason, LinkReport } from "../core/links/enforcement";
import type { DashboardOutcome } from "./build-dashboard";
import { MAX_SINGLE_AREA_HIGHLIGHTS, type HighlightOutcome } from "./highlight";
import type { EnforceOutcome, LinksPartInTheWay, RemoveOutcome } from "./enforce-links";
import type { PlanRead } from "./read-plan";

/**
 * What the operations' outcomes say to the user, in the user's language: shared by the ribbon's
 * notices and the pane's messages, so both say the same.
 */
export interface OutcomeMessage {
  intent: "info" | "success" | "warning" | "error";
  lines: string[];
}

/** Why nothing was read: no sheet looks like a plan, or the stored mapping is unusable. */
export function planReadMessage(
  i18n: Translator,
  read: Exclude<PlanRead, { kind: "read" }>
): OutcomeMessage {
  if (read.kind === "nothing-mapped")
    return { intent: "info", lines: [i18n.t("validate.nothingMapped")] };
  const reason = i18n.t(`validate.mapping.${read.stored.kind}`);
  return { intent: "error", lines: [i18n.t("validate.mappingUnusable", { reason })] };
}

/** How a detected mapping qualifies what was read: said by validate, the dashboard and reviews. */
export const detectedMappingLines = (
  i18n: Translator,
  read: { source: string; uncertain: boolean }
): string[] =>
  read.source === "detected"
    ? [i18n.t(read.uncertain ? "validate.uncertain" : "validate.detected")]
    : [];

export function dashboardMessage(
  i18n: Translator,
  outcome: Extract<DashboardOutcome, { kind: "built" }>
): OutcomeMessage {
  const { sheet, charts, live, asOf } = outcome;
  const lines = [
    i18n.t("dashboard.built", { sheet, charts, live, asOf }),
    ...detectedMappingLines(i18n, outcome),
  ];
  return { intent: "success", lines };
}

export function templateMessage(i18n: Translator, sheets: readonly string[]): OutcomeMessage {
  const separator = i18n.prefs.lang === "fa" ? "، " : ", ";
  return {
    intent: "success",
    lines: [i18n.t("template.inserted", { sheets: sheets.join(separator) })],
  };
}

const blocked = (i18n: Translator, part: LinksPartInTheWay): OutcomeMessage => ({
  intent: "error",
  lines: [i18n.t("links.blocked", { reason: i18n.t(`validate.mapping.${part.kind}`) })],
});

/** "Left as they were: Goals!E5:E60 (your own dropdown); …" */
function leftLines(i18n: Translator, left: readonly (LinkReport & { reason: LeftReason })[]) {
  if (!left.length) return [];
  const separator = i18n.prefs.lang === "fa" ? "؛ " : "; ";
  const ranges = left.map((l) => `${l.sheet}!${l.address} (${i18n.t(`links.reason.${l.reason}`)})`);
  return [i18n.t("links.left", { ranges: ranges.join(separator) })];
}

export function enforceMessage(i18n: Translator, outcome: EnforceOutcome): OutcomeMessage {
  if (outcome.kind === "blocked") return blocked(i18n, outcome.part);
  return {
    intent: outcome.left.length ? "warning" : "success",
    lines: [
      i18n.t("links.enforced", { columns: outcome.enforced.length }),
      ...leftLines(i18n, outcome.left),
      ...(outcome.withoutParentCodes.length
        ? [i18n.t("links.noParentCodes", { links: outcome.withoutParentCodes.length })]
        : []),
    ],
  };
}

export function removeMessage(i18n: Translator, outcome: RemoveOutcome): OutcomeMessage {
  if (outcome.kind === "blocked") return blocked(i18n, outcome.part);
  if (outcome.kind === "nothing") return { intent: "info", lines: [i18n.t("links.nothing")] };
  return {
    intent: outcome.left.length ? "warning" : "success",
    lines: [
      i18n.t("links.removed", { columns: outcome.restored.length }),
      ...leftLines(i18n, outcome.left),
    ],
  };
}

/**
 * What highlighting did: the cells coloured (`done` says how to undo it where the user is: the
 * ribbon's Clear highlights or the pane's switch), those past Excel's cap, the sheets that are gone.
 */
export function highlightMessage(
  i18n: Translator,
  outcome: HighlightOutcome,
  done: "highlight.done" | "findings.highlight.done" = "highlight.done"
): OutcomeMessage {
  const { cells, capped, missingSheets } = outcome;
  const separator = i18n.prefs.lang === "fa" ? "، " : ", ";
  const lines = [
    i18n.t(done, { cells }),
    ...(capped
      ? [i18n.t("highlight.capped", { cells: capped, max: MAX_SINGLE_AREA_HIGHLIGHTS })]
      : []),
    ...(missingSheets.length
      ? [i18n.t("findings.highlight.missing", { sheets: missingSheets.join(separator) })]
      : []),
  ];
  return { intent: lines.length > 1 ? "warning" : "success", lines };
}

export function clearedMessage(i18n: Translator, removed: number): OutcomeMessage {
  return {
    intent: "success",
    lines: [removed ? i18n.t("highlight.cleared", { formats: removed }) : i18n.t("highlight.none")],
  };
}
