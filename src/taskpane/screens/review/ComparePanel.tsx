import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { ArrowSwapRegular, DocumentTableRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Translator } from "../../../core/i18n";
import { shownReviewDate } from "../../../core/review/review-date";
import { planReadMessage, type OutcomeMessage } from "../../../excel/outcome-messages";
import {
  compareWithSnapshot,
  type CompareOutcome,
  type SnapshotEntry,
} from "../../../excel/review-snapshots";
import { writeChangeReport } from "../../../excel/write-change-report";
import { useI18n } from "../../i18n-context";
import type { WorkbookAccess } from "../../pane-host";
import { OperationStatus } from "../../operations/OperationStatus";
import { OutcomeBar } from "../../operations/OutcomeBar";
import { useOperation } from "../../operations/use-operation";
import { ChangeList } from "./ChangeList";
import { labelText, summaryLabel, unusableText } from "./review-messages";
import { ReviewSection } from "./ReviewSection";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalM },
});

type Compared = Extract<CompareOutcome, { kind: "compared" }>;

/** Why a comparison gave no list of changes. */
function notComparedMessage(
  i18n: Translator,
  outcome: Exclude<CompareOutcome, Compared>,
  entry: SnapshotEntry
): OutcomeMessage {
  if (outcome.kind === "missing") return { intent: "warning", lines: [i18n.t("review.list.gone")] };
  if (outcome.kind === "unreadable")
    return {
      intent: "error",
      lines: [
        i18n.t("review.compare.unreadable", {
          label: summaryLabel(i18n, entry.summary),
          reason: unusableText(i18n, outcome.summary),
        }),
      ],
    };
  return planReadMessage(i18n, outcome);
}

/** Compare the plan now with a chosen snapshot; the changes by entity, and the change report. */
export function ComparePanel(props: {
  workbook: WorkbookAccess;
  entries: readonly SnapshotEntry[];
  disabled: boolean;
  mergedAreas: boolean;
  readingOrder: boolean;
  onGone(): void;
}) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const readable = props.entries.filter((e) => e.summary.kind === "ok");
  const [chosen, setChosen] = useState<string>();
  const entry = readable.find((e) => e.id === chosen) ?? readable[readable.length - 1];
  const comparing = useOperation<{ compared?: Compared; message?: OutcomeMessage }>();
  const writing = useOperation<OutcomeMessage>();
  const title = i18n.t("review.compare.title");
  const result = comparing.state.status === "done" ? comparing.state.result : undefined;

  const compare = (target: SnapshotEntry) =>
    void comparing.start(async ({ signal, progress }) => {
      const outcome = await props.workbook.run((context) =>
        compareWithSnapshot(context, target.id, {
          mergedAreas: props.mergedAreas,
          signal,
          onProgress: progress,
        })
      );
      if (outcome.kind === "compared") return { compared: outcome };
      if (outcome.kind === "missing") props.onGone();
      return { message: notComparedMessage(i18n, outcome, target) };
    });

  const write = (compared: Compared) =>
    void writing.start(async () => {
      const { sheet, carried } = await props.workbook.run((context) =>
        writeChangeReport(context, {
          changes: compared.changes,
          locations: compared.locations,
          since: compared.meta,
          lang: i18n.prefs.lang,
          comparedAt: new Date(),
          readingOrder: props.readingOrder,
        })
      );
      return {
        intent: "success",
        lines: [i18n.t("review.compare.written", { sheet, kept: carried })],
      };
    });

  if (!entry) return null;
  return (
    <ReviewSection title={title}>
      <div className={styles.row}>
        <Field label={i18n.t("review.compare.choose")}>
          <Select value={entry.id} onChange={(_, data) => setChosen(data.value)}>
            {readable.map((e) => (
              <option key={e.id} value={e.id}>
                {e.summary.kind === "ok" &&
                  `${labelText(i18n, e.summary.meta.label)} — ${shownReviewDate(e.summary.meta.reviewDate, i18n.prefs)}`}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          appearance="primary"
          icon={<ArrowSwapRegular />}
          disabled={props.disabled || comparing.state.status === "running"}
          onClick={() => compare(entry)}
        >
          {i18n.t("review.compare.run")}
        </Button>
      </div>
      <OperationStatus state={comparing.state} label={title} onCancel={comparing.cancel} />
      {result?.message && <OutcomeBar message={result.message} />}
      {result?.compared && (
        <>
          <ChangeList compared={result.compared} />
          <div>
            <Button
              icon={<DocumentTableRegular />}
              disabled={props.disabled || writing.state.status === "running"}
              onClick={() => write(result.compared!)}
            >
              {i18n.t("review.compare.write")}
            </Button>
          </div>
          <OperationStatus state={writing.state} label={title} onCancel={writing.cancel} />
          {writing.state.status === "done" && <OutcomeBar message={writing.state.result} />}
        </>
      )}
    </ReviewSection>
  );
}
