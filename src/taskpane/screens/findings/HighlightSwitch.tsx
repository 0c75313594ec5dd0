import { Switch } from "@fluentui/react-components";
import type { Finding } from "../../../core/findings";
import type { Translator } from "../../../core/i18n";
import {
  clearedMessage,
  highlightMessage,
  type OutcomeMessage,
} from "../../../excel/outcome-messages";
import { useI18n } from "../../i18n-context";
import { OperationStatus } from "../../operations/OperationStatus";
import { OutcomeBar } from "../../operations/OutcomeBar";
import type { HighlightChange, useHighlights } from "./use-highlights";

/** What a change of the highlights did, in the reader's words. */
function changeMessage(i18n: Translator, change: HighlightChange): OutcomeMessage | undefined {
  if (change.kind === "read") return undefined;
  return change.kind === "cleared"
    ? clearedMessage(i18n, change.removed)
    : highlightMessage(i18n, change.outcome, "findings.highlight.done");
}

/** The highlights switch: on colours every finding's cell in the workbook by severity, off clears them. */
export function HighlightSwitch(props: {
  highlights: ReturnType<typeof useHighlights>;
  findings: readonly Finding[];
}) {
  const { i18n } = useI18n();
  const { highlights } = props;
  const { state } = highlights;
  const message = state.status === "done" ? changeMessage(i18n, state.result) : undefined;
  return (
    <>
      <Switch
        label={i18n.t("findings.highlight")}
        checked={highlights.on ?? false}
        disabled={!highlights.canRun || state.status === "running"}
        onChange={(_, data) => void highlights.turn(data.checked, props.findings)}
      />
      <OperationStatus
        state={state}
        label={i18n.t("findings.highlighting")}
        onCancel={highlights.cancel}
      />
      {message && <OutcomeBar message={message} />}
    </>
  );
}
