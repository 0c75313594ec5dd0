import type { Translator } from "../../../core/i18n";
import {
  detectedMappingLines,
  planReadMessage,
  type OutcomeMessage,
} from "../../../excel/outcome-messages";
import type { SnapshotSummary, TakeOutcome } from "../../../excel/review-snapshots";

/** A part's size as the pane tells it: "153.2 KB". */
export const sizeText = (i18n: Translator, bytes: number) =>
  i18n.t("review.size.kb", { size: i18n.number(bytes / 1024, { maximumFractionDigits: 1 }) });

export const labelText = (i18n: Translator, label: string) =>
  label.trim() || i18n.t("review.list.untitled");

/** A snapshot's label as the list shows it, when it can still be read. */
export const summaryLabel = (i18n: Translator, summary: SnapshotSummary) =>
  labelText(i18n, summary.kind === "newer" ? "" : (summary.meta?.label ?? ""));

/** Why a snapshot cannot be used: damaged, or from a newer Rahbord. */
export function unusableText(
  i18n: Translator,
  summary: Exclude<SnapshotSummary, { kind: "ok" }>
): string {
  return summary.kind === "newer"
    ? i18n.t("review.list.newer", { version: summary.version })
    : i18n.t("review.list.unreadable", { reason: summary.reason });
}

export function takeMessage(i18n: Translator, outcome: TakeOutcome): OutcomeMessage {
  if (outcome.kind === "too-large")
    return {
      intent: "error",
      lines: [
        i18n.t("review.snapshot.tooLarge", {
          size: sizeText(i18n, outcome.bytes),
          limit: sizeText(i18n, outcome.limit),
        }),
      ],
    };
  if (outcome.kind !== "taken") return planReadMessage(i18n, outcome);
  const { entry } = outcome;
  const label = entry.summary.kind === "ok" ? entry.summary.meta.label : "";
  return {
    intent: "success",
    lines: [
      i18n.t("review.snapshot.taken", {
        label: labelText(i18n, label),
        size: sizeText(i18n, entry.bytes),
      }),
      ...detectedMappingLines(i18n, outcome),
    ],
  };
}
