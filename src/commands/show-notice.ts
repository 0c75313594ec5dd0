import { noticeUrl, type Notice } from "./notice";

/**
 * Shows the notice in an Office dialog and resolves once the user closes it or `timeoutMs` passes,
 * so the command can complete its event. Never rejects: a notice that cannot be shown is logged.
 */
export function showNotice(notice: Notice, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const url = noticeUrl(new URL("notice.html", location.href).href, notice);
    Office.context.ui.displayDialogAsync(
      url,
      { height: 30, width: 30, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          console.error("Rahbord: the notice dialog did not open", result.error, notice);
          resolve();
          return;
        }
        const dialog = result.value;
        let open = true;
        const finish = (closeDialog: boolean) => {
          if (!open) return;
          open = false;
          clearTimeout(timer);
          if (closeDialog) dialog.close();
          resolve();
        };
        const timer = setTimeout(() => finish(true), timeoutMs);
        // The page asks to be closed; or the user closed it with its own X (already closed).
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => finish(true));
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish(false));
      }
    );
  });
}
