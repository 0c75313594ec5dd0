import { Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { changeLine, groupChanges } from "../../../core/review/change-text";
import type { CompareOutcome } from "../../../excel/review-snapshots";
import { useI18n } from "../../i18n-context";
import { OutcomeBar } from "../../operations/OutcomeBar";
import { labelText } from "./review-messages";

/** A long list is cut in the pane: the change report holds every change. */
const SHOWN_PER_GROUP = 50;

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  more: { color: tokens.colorNeutralForeground2 },
});

/** The changes since a snapshot, grouped by entity with their counts. */
export function ChangeList({
  compared,
}: {
  compared: Extract<CompareOutcome, { kind: "compared" }>;
}) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const { changes, meta } = compared;
  const label = labelText(i18n, meta.label);
  const message = changes.length
    ? i18n.t("review.compare.found", { count: changes.length, label })
    : i18n.t("review.compare.none", { label });
  return (
    <>
      <OutcomeBar message={{ intent: changes.length ? "info" : "success", lines: [message] }} />
      {groupChanges(changes).map(({ entity, changes: group }) => {
        const heading = `${i18n.t(`review.group.${entity}`)} (${i18n.number(group.length)})`;
        return (
          <section key={entity} className={styles.group} aria-label={heading}>
            <Body1Strong as="h4">{heading}</Body1Strong>
            <ul className={styles.list}>
              {group.slice(0, SHOWN_PER_GROUP).map((change) => (
                <li key={`${change.code}|${change.kind}`}>{changeLine(change, i18n)}</li>
              ))}
            </ul>
            {group.length > SHOWN_PER_GROUP && (
              <Caption1 className={styles.more}>
                {i18n.t("review.compare.more", { count: group.length - SHOWN_PER_GROUP })}
              </Caption1>
            )}
          </section>
        );
      })}
    </>
  );
}
