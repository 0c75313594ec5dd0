import { Body1Strong, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { shownReviewDate } from "../../../core/review/review-date";
import type { OutcomeMessage } from "../../../excel/outcome-messages";
import { deleteSnapshot, type SnapshotEntry } from "../../../excel/review-snapshots";
import { useI18n } from "../../i18n-context";
import type { WorkbookAccess } from "../../pane-host";
import { OperationStatus } from "../../operations/OperationStatus";
import { OutcomeBar } from "../../operations/OutcomeBar";
import { useOperation } from "../../operations/use-operation";
import { sizeText, summaryLabel, unusableText } from "./review-messages";
import { ReviewSection } from "./ReviewSection";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  text: { display: "flex", flexDirection: "column", flexGrow: 1 },
  detail: { color: tokens.colorNeutralForeground2 },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** One snapshot: its label, review date, when it was taken and its size; or why it is unreadable. */
function Entry(props: { entry: SnapshotEntry; busy: boolean; onDelete(): void }) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const { summary, bytes } = props.entry;
  const meta = summary.kind === "newer" ? undefined : summary.meta;
  const label = summaryLabel(i18n, summary);
  const size = sizeText(i18n, bytes);
  const details = meta && [
    shownReviewDate(meta.reviewDate, i18n.prefs),
    i18n.t("review.list.taken", { when: i18n.date(new Date(meta.takenAt), true) }),
    summary.kind === "ok" && summary.compressed ? i18n.t("review.list.compressed", { size }) : size,
  ];
  return (
    <li className={styles.item}>
      <div className={styles.text}>
        <Body1Strong>{label}</Body1Strong>
        {details && <Caption1 className={styles.detail}>{details.join(" · ")}</Caption1>}
        {summary.kind !== "ok" && (
          <Caption1 className={styles.problem}>{unusableText(i18n, summary)}</Caption1>
        )}
      </div>
      {confirming ? (
        <>
          <Button size="small" appearance="primary" disabled={props.busy} onClick={props.onDelete}>
            {i18n.t("review.list.confirm")}
          </Button>
          <Button size="small" onClick={() => setConfirming(false)}>
            {i18n.t("review.list.keep")}
          </Button>
        </>
      ) : (
        <Button
          size="small"
          icon={<DeleteRegular />}
          aria-label={i18n.t("review.list.deleteLabel", { label })}
          disabled={props.busy}
          onClick={() => setConfirming(true)}
        >
          {i18n.t("review.list.delete")}
        </Button>
      )}
    </li>
  );
}

/** The workbook's snapshots, each deletable (after a second click: a snapshot cannot be taken again). */
export function SnapshotList(props: {
  workbook: WorkbookAccess;
  entries: readonly SnapshotEntry[] | undefined;
  disabled: boolean;
  onDeleted(): void;
}) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const operation = useOperation<OutcomeMessage>();
  const title = i18n.t("review.list.title");
  const remove = (entry: SnapshotEntry) =>
    void operation.start(async () => {
      const deleted = await props.workbook.run((context) => deleteSnapshot(context, entry.id));
      props.onDeleted();
      const label = summaryLabel(i18n, entry.summary);
      return deleted
        ? { intent: "success", lines: [i18n.t("review.list.deleted", { label })] }
        : { intent: "warning", lines: [i18n.t("review.list.gone")] };
    });
  return (
    <ReviewSection title={title} about={i18n.t("review.list.about")}>
      {props.entries?.length === 0 && <Caption1>{i18n.t("review.list.empty")}</Caption1>}
      {props.entries && props.entries.length > 0 && (
        <ul className={styles.list}>
          {props.entries.map((entry) => (
            <Entry
              key={entry.id}
              entry={entry}
              busy={props.disabled || operation.state.status === "running"}
              onDelete={() => remove(entry)}
            />
          ))}
        </ul>
      )}
      <OperationStatus state={operation.state} label={title} onCancel={operation.cancel} />
      {operation.state.status === "done" && <OutcomeBar message={operation.state.result} />}
    </ReviewSection>
  );
}
