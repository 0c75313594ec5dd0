import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import type { Translator } from "../../../core/i18n";
import { useI18n } from "../../i18n-context";
import { OperationStatus } from "../../operations/OperationStatus";
import type { PaneHost } from "../../pane-host";
import { ScreenLayout } from "../ScreenLayout";
import { MappingEditor } from "./MappingEditor";
import { useMappingWizard, type ExcelHost, type WizardState } from "./use-mapping-wizard";

/** Where the draft on screen started: the stored mapping, or detection (and why). */
function sourceNote({ input, stored }: WizardState, i18n: Translator) {
  if (stored) return { intent: "info" as const, text: i18n.t("mapping.source.stored") };
  const kind = input.stored.kind;
  if (kind === "ok" || kind === "none")
    return { intent: "info" as const, text: i18n.t("mapping.source.detected") };
  return {
    intent: "warning" as const,
    text: i18n.t("mapping.source.unusable", { reason: i18n.t(`validate.mapping.${kind}`) }),
  };
}

function MappingWizard({ host }: { host: ExcelHost }) {
  const { i18n } = useI18n();
  const { reading, wizard, edit, saved, readAgain, detectAgain } = useMappingWizard(host);
  const stopped = reading.state.status === "failed" || reading.state.status === "cancelled";
  const note = wizard && sourceNote(wizard, i18n);
  return (
    <>
      <OperationStatus
        state={reading.state}
        label={i18n.t("mapping.reading")}
        onCancel={reading.cancel}
      />
      {note && (
        <MessageBar intent={note.intent} layout="multiline">
          <MessageBarBody>{note.text}</MessageBarBody>
          <MessageBarActions>
            <Button
              icon={<ArrowSyncRegular />}
              disabled={reading.state.status === "running"}
              onClick={detectAgain}
            >
              {i18n.t("mapping.detectAgain")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!wizard && stopped && (
        <div>
          <Button icon={<ArrowSyncRegular />} onClick={readAgain}>
            {i18n.t("mapping.readAgain")}
          </Button>
        </div>
      )}
      {wizard && <MappingEditor host={host} wizard={wizard} edit={edit} onSaved={saved} />}
    </>
  );
}

/**
 * The mapping wizard: each sheet's detected role and each column's field, with confidence, changed
 * in dropdowns; a preview of each mapped sheet; what is missing; Save into the workbook.
 */
export function MappingScreen({ host }: { host: PaneHost }) {
  const { i18n } = useI18n();
  return (
    <ScreenLayout title={i18n.t("nav.mapping")} intro={i18n.t("screen.mapping.intro")}>
      {host.kind === "excel" && host.support.runs ? (
        <MappingWizard host={host} />
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>{i18n.t("mapping.needsWorkbook")}</MessageBarBody>
        </MessageBar>
      )}
    </ScreenLayout>
  );
}
