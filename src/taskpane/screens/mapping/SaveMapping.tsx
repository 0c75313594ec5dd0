import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { MappingDocument } from "../../../core/mapping/mapping-document";
import { saveStoredMapping, StoredMappingInTheWay } from "../../../excel/mapping-store";
import { useI18n } from "../../i18n-context";
import { OperationStatus } from "../../operations/OperationStatus";
import { useOperation } from "../../operations/use-operation";
import type { WorkbookAccess } from "../../pane-host";

type SaveOutcome =
  | { kind: "saved"; mapping: MappingDocument }
  /** A damaged or newer part, or several, is in the way: the user chooses whether to replace it. */
  | { kind: "inTheWay"; state: StoredMappingInTheWay["state"] };

const useStyles = makeStyles({
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

/**
 * Saves the mapping (with the settings it keeps) in the workbook's custom XML part; a part in the
 * way is replaced only when the user says so.
 */
export function SaveMapping(props: {
  workbook: WorkbookAccess;
  mapping: MappingDocument;
  onSaved(mapping: MappingDocument): void;
}) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const saving = useOperation<SaveOutcome>();
  const { state } = saving;
  const { mapping } = props;
  /** The part in the way that the user chose to keep. */
  const [kept, setKept] = useState<SaveOutcome>();

  const save = (replace: boolean) =>
    void saving.start(async () => {
      try {
        await props.workbook.run((context) => saveStoredMapping(context, mapping, { replace }));
      } catch (error) {
        if (error instanceof StoredMappingInTheWay) return { kind: "inTheWay", state: error.state };
        throw error;
      }
      props.onSaved(mapping);
      return { kind: "saved", mapping };
    });
  const outcome = state.status === "done" ? state.result : undefined;

  return (
    <>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<SaveRegular />}
          disabled={state.status === "running" || Object.keys(mapping.roles).length === 0}
          onClick={() => save(false)}
        >
          {i18n.t("mapping.save")}
        </Button>
      </div>
      <OperationStatus state={state} label={i18n.t("mapping.saving")} onCancel={saving.cancel} />
      {outcome?.kind === "saved" && outcome.mapping === mapping && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{i18n.t("mapping.saved")}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "inTheWay" && outcome === kept && (
        <MessageBar intent="info">
          <MessageBarBody>{i18n.t("mapping.kept")}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "inTheWay" && outcome !== kept && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {i18n.t("mapping.inTheWay", {
                reason: i18n.t(`validate.mapping.${outcome.state.kind}`),
              })}
            </MessageBarTitle>
            {i18n.t("mapping.inTheWay.replace")}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => save(true)}>
              {i18n.t("mapping.replace")}
            </Button>
            <Button onClick={() => setKept(outcome)}>{i18n.t("mapping.keep")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
