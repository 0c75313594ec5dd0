import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ArrowUploadRegular, DeleteRegular, DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from "react";
import type { MessageKey } from "../../../core/i18n";
import type { OutcomeMessage } from "../../../excel/outcome-messages";
import {
  readParentRegister,
  removeParentRegister,
  writeParentRegister,
  type RegisterState,
} from "../../../excel/parent-register";
import type { WorkbookProblemKey } from "../../../xlsx/workbook-bytes";
import { useI18n } from "../../i18n-context";
import { OperationStatus } from "../../operations/OperationStatus";
import { OutcomeBar } from "../../operations/OutcomeBar";
import { useOperation } from "../../operations/use-operation";
import type { WorkbookAccess } from "../../pane-host";
import { usePlan } from "../../plan-context";
import type { ScreenProps } from "../lazy-screen";
import { ScreenLayout } from "../ScreenLayout";
import { hostHas, useValidate } from "../use-validate";
import { CurrentRegister } from "./CurrentRegister";
import { ImportPreview } from "./ImportPreview";
import { prepareImport, type PreparedImport } from "./prepare-import";

const useStyles = makeStyles({
  part: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  picker: { display: "none" },
  about: { color: tokens.colorNeutralForeground2 },
});

/** Outside Excel the actions are disabled; this only guards against a call that slips through. */
const NO_WORKBOOK: WorkbookAccess = {
  run: () => Promise.reject(new Error("Rahbord is not running inside Excel.")),
};

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const PROBLEM_TEXT: Record<WorkbookProblemKey, MessageKey> = {
  "input.empty": "parent.problem.empty",
  "input.encrypted": "parent.problem.encrypted",
  "input.legacyXls": "parent.problem.legacyXls",
  "input.text": "parent.problem.text",
  "input.unknownBytes": "parent.problem.unknownBytes",
  "input.notWorkbookZip": "parent.problem.notWorkbookZip",
  "input.damaged": "parent.problem.damaged",
  "input.noSheets": "parent.problem.noSheets",
  "input.noData": "parent.problem.noData",
};

/** A picked file's bytes (Blob.arrayBuffer, with FileReader where a webview lacks it). */
function fileBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/**
 * The higher-level plan: the register the workbook holds; a parent workbook chosen, read here
 * and previewed (its counts, and what changed since the last import); Import writes the register
 * sheet and validates again when the session has a validation; Remove deletes the sheet.
 */
export function ParentScreen({ host }: ScreenProps) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const lang = i18n.prefs.lang;
  const { validation } = usePlan();
  const validate = useValidate(host);
  const disabled = !(host.kind === "excel" && host.support.runs);
  const workbook = host.kind === "excel" ? host.workbook : NO_WORKBOOK;
  const readingOrder = hostHas(host, "readingOrder");
  const picker = useRef<HTMLInputElement>(null);

  const reading = useOperation<RegisterState | undefined>();
  const preparing = useOperation<PreparedImport>();
  const changing = useOperation<OutcomeMessage>();
  const [prepared, setPrepared] = useState<PreparedImport>();
  const [picked, setPicked] = useState("");

  const startReading = reading.start;
  const refresh = useCallback(
    () => startReading(() => workbook.run(readParentRegister)),
    [startReading, workbook]
  );
  useEffect(() => {
    if (!disabled) void refresh();
  }, [disabled, refresh]);
  const current = reading.state.status === "done" ? reading.state.result : undefined;
  const busy = [reading, preparing, changing].some((o) => o.state.status === "running");

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ""; // the same file can be chosen again
    if (!file) return;
    setPrepared(undefined);
    setPicked(file.name);
    const outcome = await preparing.start(async () =>
      prepareImport(await fileBytes(file), file.name, current?.register, new Date())
    );
    setPrepared(outcome);
  };

  /** Validates again when the session has a validation, so Findings follow the new register. */
  const revalidated = async (message: OutcomeMessage): Promise<OutcomeMessage> => {
    if (!validation) return message;
    const outcome = await validate.run();
    return outcome?.kind === "validated"
      ? { ...message, lines: [...message.lines, i18n.t("parent.revalidated")] }
      : message;
  };

  const runImport = (ready: Extract<PreparedImport, { kind: "ready" }>) =>
    void changing.start(async () => {
      const written = await workbook.run((context) =>
        writeParentRegister(context, ready.register, { lang, readingOrder })
      );
      if (written.kind === "locked")
        return { intent: "error", lines: [i18n.t("parent.locked", { sheet: written.sheet })] };
      setPrepared(undefined);
      void refresh();
      return revalidated({
        intent: "success",
        lines: [i18n.t("parent.imported", { sheet: written.sheet, rows: written.rows })],
      });
    });

  const runRemove = () =>
    void changing.start(async () => {
      const removed = await workbook.run(removeParentRegister);
      setPrepared(undefined);
      void refresh();
      if (removed.length === 0) return { intent: "info", lines: [i18n.t("parent.removed.none")] };
      return revalidated({
        intent: "success",
        lines: removed.map((sheet) => i18n.t("parent.removed", { sheet })),
      });
    });

  return (
    <ScreenLayout title={i18n.t("nav.parent")} intro={i18n.t("screen.parent.intro")}>
      <section className={styles.part} aria-label={i18n.t("parent.current.title")}>
        <Subtitle2 as="h3">{i18n.t("parent.current.title")}</Subtitle2>
        {reading.state.status === "running" ? (
          <Spinner size="tiny" label={i18n.t("parent.current.reading")} />
        ) : (
          !disabled && <CurrentRegister state={current} />
        )}
        <OperationStatus
          state={reading.state}
          label={i18n.t("parent.current.reading")}
          onCancel={reading.cancel}
        />
      </section>

      <section className={styles.part} aria-label={i18n.t("parent.pick.title")}>
        <Subtitle2 as="h3">{i18n.t("parent.pick.title")}</Subtitle2>
        <Caption1 className={styles.about}>{i18n.t("parent.pick.about")}</Caption1>
        <input
          ref={picker}
          className={styles.picker}
          type="file"
          accept={XLSX_TYPES}
          aria-label={i18n.t("parent.pick.button")}
          onChange={(event) => void choose(event)}
        />
        <div className={styles.buttons}>
          <Button
            icon={<DocumentArrowUpRegular />}
            disabled={disabled || busy}
            onClick={() => picker.current?.click()}
          >
            {i18n.t("parent.pick.button")}
          </Button>
        </div>
        {preparing.state.status === "running" && (
          <Spinner size="tiny" label={i18n.t("parent.pick.reading", { file: picked })} />
        )}
        <OperationStatus
          state={preparing.state}
          label={i18n.t("parent.pick.title")}
          onCancel={preparing.cancel}
        />
        {prepared?.kind === "problem" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              {i18n.t(PROBLEM_TEXT[prepared.problem], {
                file: prepared.fileName,
                reason: prepared.reason ?? "",
              })}
            </MessageBarBody>
          </MessageBar>
        )}
        {prepared?.kind === "nothing" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{i18n.t("parent.nothing", { file: prepared.fileName })}</MessageBarBody>
          </MessageBar>
        )}
        {prepared?.kind === "ready" && (
          <>
            <ImportPreview prepared={prepared} />
            <div className={styles.buttons}>
              <Button
                appearance="primary"
                icon={<ArrowUploadRegular />}
                disabled={disabled || busy}
                onClick={() => runImport(prepared)}
              >
                {i18n.t("parent.import")}
              </Button>
            </div>
          </>
        )}
        <OperationStatus
          state={changing.state}
          label={i18n.t("parent.importing")}
          onCancel={changing.cancel}
        />
        {changing.state.status === "done" && <OutcomeBar message={changing.state.result} />}
      </section>

      {current && (
        <section className={styles.part} aria-label={i18n.t("parent.remove")}>
          <Subtitle2 as="h3">{i18n.t("parent.remove")}</Subtitle2>
          <Caption1 className={styles.about}>
            {i18n.t("parent.remove.about", { sheet: current.sheet })}
          </Caption1>
          <div className={styles.buttons}>
            <Button icon={<DeleteRegular />} disabled={disabled || busy} onClick={runRemove}>
              {i18n.t("parent.remove")}
            </Button>
          </div>
        </section>
      )}
    </ScreenLayout>
  );
}
