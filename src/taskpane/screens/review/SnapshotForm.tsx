import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { CameraRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { parseReviewDate } from "../../../core/review/review-date";
import type { OutcomeMessage } from "../../../excel/outcome-messages";
import { takeSnapshot } from "../../../excel/review-snapshots";
import { useI18n } from "../../i18n-context";
import type { WorkbookAccess } from "../../pane-host";
import { OperationStatus } from "../../operations/OperationStatus";
import { OutcomeBar } from "../../operations/OutcomeBar";
import { useOperation } from "../../operations/use-operation";
import { takeMessage } from "./review-messages";
import { ReviewSection } from "./ReviewSection";

const useStyles = makeStyles({
  fields: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
});

/** Label and review date (Jalali or Gregorian, as the reader writes it), then Take snapshot. */
export function SnapshotForm(props: {
  workbook: WorkbookAccess;
  disabled: boolean;
  mergedAreas: boolean;
  onTaken(): void;
}) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const [label, setLabel] = useState("");
  const [date, setDate] = useState(() => i18n.date(new Date()));
  const [touched, setTouched] = useState(false);
  const operation = useOperation<OutcomeMessage>();
  const reviewDate = parseReviewDate(date);
  const title = i18n.t("review.snapshot.title");

  const take = () =>
    void operation.start(async ({ signal, progress }) => {
      const outcome = await props.workbook.run((context) =>
        takeSnapshot(context, {
          label: label.trim(),
          reviewDate: reviewDate!,
          mergedAreas: props.mergedAreas,
          signal,
          onProgress: progress,
        })
      );
      if (outcome.kind === "taken") props.onTaken();
      return takeMessage(i18n, outcome);
    });

  return (
    <ReviewSection title={title} about={i18n.t("review.snapshot.about")}>
      <div className={styles.fields}>
        <Field label={i18n.t("review.snapshot.label")}>
          <Input
            value={label}
            placeholder={i18n.t("review.snapshot.labelPlaceholder")}
            onChange={(_, data) => setLabel(data.value)}
          />
        </Field>
        <Field
          label={i18n.t("review.snapshot.date")}
          hint={i18n.t("review.snapshot.dateHint")}
          validationState={touched && !reviewDate ? "error" : "none"}
          validationMessage={
            touched && !reviewDate ? i18n.t("review.snapshot.badDate", { text: date }) : undefined
          }
        >
          <Input
            value={date}
            onChange={(_, data) => setDate(data.value)}
            onBlur={() => setTouched(true)}
          />
        </Field>
      </div>
      <div>
        <Button
          appearance="primary"
          icon={<CameraRegular />}
          disabled={props.disabled || !reviewDate || operation.state.status === "running"}
          onClick={take}
        >
          {i18n.t("review.snapshot.take")}
        </Button>
      </div>
      <OperationStatus state={operation.state} label={title} onCancel={operation.cancel} />
      {operation.state.status === "done" && <OutcomeBar message={operation.state.result} />}
    </ReviewSection>
  );
}
