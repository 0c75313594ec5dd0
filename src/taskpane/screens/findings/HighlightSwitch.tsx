import { MessageBar, MessageBarBody, Switch } from "@fluentui/react-components";
import type { Finding } from "../../../core/findings";
import type { Translator } from "../../../core/i18n";
import { MAX_SINGLE_AREA_HIGHLIGHTS } from "../../../excel/highlight";
import { useI18n } from "../../i18n-context";
import { OperationStatus } from "../../operations/OperationStatus";
import type { HighlightChange, useHighlights } from "./use-highlights";

/** What a change of the highlights did, in the reader's words. */
function changeLines(i18n: Translator, change: HighlightChange): string[] {
  if (change.kind === "read") return [];
  if (change.kind === "cleared")
    return [
      change.removed
        ? i18n.t("highlight.cleared", { formats: change.removed })
        : i18n.t("highlight.none"),
    ];
  const { cells, capped, missingSheets } = change.outcome;
  const separator = i18n.prefs.lang === "fa" ? "، " : ", ";
  return [
    i18n.t("findings.highlight.done", { cells }),
    ...(capped
      ? [i18n.t("highlight.capped", { cells: capped, max: MAX_SINGLE_AREA_HIGHLIGHTS })]
      : []),
    ...(missingSheets.length
      ? [i18n.t("findings.highlight.missing", { sheets: missingSheets.join(separator) })]
      : []),
  ];
}

/** The highlights switch: on colours every finding's cell in the workbook by severity, off clears them. */
export function HighlightSwitch(props: {
  highlights: ReturnType<typeof useHighlights>;
  findings: readonly Finding[];
}) {
  const { i18n } = useI18n();
  const { highlights } = props;
  const { state } = highlights;
  const lines = state.status === "done" ? changeLines(i18n, state.result) : [];
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
      {lines.length > 0 && (
        <MessageBar intent={lines.length > 1 ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            {lines.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
