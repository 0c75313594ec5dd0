import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { errorMessage } from "../../core/error-message";
import { watchEdits } from "../../excel/watch-edits";
import { useI18n } from "../i18n-context";
import type { PaneHost } from "../pane-host";
import { usePlan } from "../plan-context";
import { useValidate } from "../screens/use-validate";

/** Edits come in bursts (a paste, typing down a column): validate once they pause this long. */
export const LIVE_DEBOUNCE_MS = 1_500;

/**
 * Live mode, for the whole pane whatever the screen: while on, an edit to the user's sheets
 * validates again after a pause, and the findings update in place (the session's last validation).
 */
export function LiveValidation({ host }: { host: PaneHost & { kind: "excel" } }) {
  const { i18n } = useI18n();
  const { live } = usePlan();
  const { run } = useValidate(host);
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    if (!live) return;
    let stop: (() => Promise<void>) | undefined;
    let ended = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const edited = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), LIVE_DEBOUNCE_MS);
    };
    host.workbook
      .run((context) => watchEdits(context, edited))
      .then(
        (stopWatching) => (ended ? void stopWatching() : (stop = stopWatching)),
        (error: unknown) => setFailure(errorMessage(error))
      );
    return () => {
      ended = true;
      clearTimeout(timer);
      void stop?.();
    };
  }, [live, host, run]);

  if (!live || !failure) return null;
  return (
    <MessageBar intent="error">
      <MessageBarBody>{i18n.t("live.failed", { message: failure })}</MessageBarBody>
    </MessageBar>
  );
}
