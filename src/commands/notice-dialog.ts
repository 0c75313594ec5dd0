import { renderNoticePage } from "./notice-page";

// notice.html's entry. The text shows at once; Close asks the command (the dialog's parent) to close it.
const officeReady = typeof Office === "undefined" ? Promise.resolve(undefined) : Office.onReady();

renderNoticePage(document, location.href, () => {
  void officeReady.then((info) => {
    if (info?.host) Office.context.ui.messageParent("close");
    else window.close();
  });
});
