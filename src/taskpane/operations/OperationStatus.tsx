import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../i18n-context";
import type { OperationState } from "./use-operation";

const useStyles = makeStyles({
  running: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  bar: { flexGrow: 1 },
});

/**
 * What an operation is doing: after 300 ms a progress bar (exact when the operation tells its
 * progress) with Cancel; a failure as what happened and what to do; a cancellation as such.
 */
export function OperationStatus<T>(props: {
  state: OperationState<T>;
  label: string;
  onCancel(): void;
}) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const { state } = props;
  if (state.status === "running" && state.shown)
    return (
      <div className={styles.running} role="status" aria-live="polite">
        <ProgressBar
          className={styles.bar}
          value={state.progress}
          aria-label={props.label}
          thickness="large"
        />
        <Button onClick={props.onCancel}>{i18n.t("operation.cancel")}</Button>
      </div>
    );
  if (state.status === "failed")
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {i18n.t("error.unexpected", { message: state.message })}
          </MessageBarTitle>
          {i18n.t("error.retry")}
        </MessageBarBody>
      </MessageBar>
    );
  if (state.status === "cancelled")
    return (
      <MessageBar intent="info">
        <MessageBarBody>{i18n.t("operation.cancelled")}</MessageBarBody>
      </MessageBar>
    );
  return null;
}
