import { createRoot } from "react-dom/client";
import { currentDisplayPrefs, storePrefs } from "../excel/display-prefs-store";
import { App } from "./App";
import { detectHost } from "./detect-host";

// The pane's entry. The page shows a bilingual "loading" line until office.js answers (taskpane.html).
const container = document.getElementById("root");
if (container) {
  void detectHost().then((host) => {
    createRoot(container).render(
      <App host={host} initialPrefs={currentDisplayPrefs()} onPrefsChange={storePrefs} />
    );
  });
}
