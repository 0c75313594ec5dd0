import { Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanChange } from "../../../core/compare/plan-diff";
import { changeLine, groupChanges } from "../../../core/review/change-text";
import { useI18n } from "../../i18n-context";

/** A long list is cut in the pane: the change report (or the workbook itself) holds every change. */
const SHOWN_PER_GROUP = 50;

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  more: { color: tokens.colorNeutralForeground2 },
});

/**
 * Changes between two states of a plan, grouped by entity with their counts: the review's changes
 * since a snapshot, and the higher-level plan's since its last import.
 */
export function GroupedChanges({ changes }: { changes: readonly PlanChange[] }) {
  const styles = useStyles();
  const { i18n } = useI18n();
  return groupChanges(changes).map(({ entity, changes: group }) => {
    const heading = `${i18n.t(`review.group.${entity}`)} (${i18n.number(group.length)})`;
    return (
      <section key={entity} className={styles.group} aria-label={heading}>
        <Body1Strong as="h4">{heading}</Body1Strong>
        <ul className={styles.list}>
          {group.slice(0, SHOWN_PER_GROUP).map((change) => (
            <li key={`${change.code}|${change.kind}`}>
              {changeLine(change, i18n, { isolate: true })}
            </li>
          ))}
        </ul>
        {group.length > SHOWN_PER_GROUP && (
          <Caption1 className={styles.more}>
            {i18n.t("review.compare.more", { count: group.length - SHOWN_PER_GROUP })}
          </Caption1>
        )}
      </section>
    );
  });
}
