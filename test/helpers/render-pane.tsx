import { render } from "@testing-library/react";
import { defaultDisplayPrefs, type DisplayPrefs, type Lang } from "../../src/core/i18n";
import { supportReport } from "../../src/excel/requirements";
import { simulatedWorkbook } from "../../src/simulator/workbook-access";
import { ModelWorkbook } from "../../src/simulator/workbook-model";
import { App } from "../../src/taskpane/App";
import type { WorkbookAccess } from "../../src/taskpane/pane-host";

/** The whole pane in an Excel with every requirement set, on a simulated (or given) workbook. */
export function renderPane(workbook: ModelWorkbook | WorkbookAccess, prefs: Lang | DisplayPrefs) {
  return render(
    <App
      host={{
        kind: "excel",
        support: supportReport(() => true),
        workbook: workbook instanceof ModelWorkbook ? simulatedWorkbook(workbook) : workbook,
      }}
      initialPrefs={typeof prefs === "string" ? defaultDisplayPrefs(prefs) : prefs}
      onPrefsChange={jest.fn()}
    />
  );
}
