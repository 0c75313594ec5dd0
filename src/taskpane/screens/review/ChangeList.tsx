import type { CompareOutcome } from "../../../excel/review-snapshots";
import { useI18n } from "../../i18n-context";
import { OutcomeBar } from "../../operations/OutcomeBar";
import { GroupedChanges } from "../changes/GroupedChanges";
import { labelText } from "./review-messages";

/** The changes since a snapshot, grouped by entity with their counts. */
export function ChangeList({
  compared,
}: {
  compared: Extract<CompareOutcome, { kind: "compared" }>;
}) {
  const { i18n } = useI18n();
  const { changes, meta } = compared;
  const label = labelText(i18n, meta.label);
  const message = changes.length
    ? i18n.t("review.compare.found", { count: changes.length, label })
    : i18n.t("review.compare.none", { label });
  return (
    <>
      <OutcomeBar message={{ intent: changes.length ? "info" : "success", lines: [message] }} />
      <GroupedChanges changes={changes} />
    </>
  );
}
