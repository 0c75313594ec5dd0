import {
  DataBarVerticalAddRegular,
  LinkDismissRegular,
  LinkRegular,
  TableAddRegular,
} from "@fluentui/react-icons";
import { linkPlan } from "../../../core/links/link-columns";
import { buildDashboard } from "../../../excel/build-dashboard";
import { enforceLinks, removeLinks } from "../../../excel/enforce-links";
import {
  dashboardMessage,
  enforceMessage,
  planReadMessage,
  removeMessage,
  templateMessage,
} from "../../../excel/outcome-messages";
import { readPlan } from "../../../excel/read-plan";
import { useI18n } from "../../i18n-context";
import type { PaneHost, WorkbookAccess } from "../../pane-host";
import { ScreenLayout } from "../ScreenLayout";
import { hostHas } from "../use-validate";
import { WorkbookAction } from "./WorkbookAction";

/** Outside Excel the actions are disabled; this only guards against a call that slips through. */
const NO_WORKBOOK: WorkbookAccess = {
  run: () => Promise.reject(new Error("Rahbord is not running inside Excel.")),
};

/** Dashboard and template: build the dashboard, insert the template, enforce or remove links. */
export function DashboardScreen({ host }: { host: PaneHost }) {
  const { i18n } = useI18n();
  const lang = i18n.prefs.lang;
  const disabled = !(host.kind === "excel" && host.support.runs);
  const has = (feature: string) => hostHas(host, feature);
  const workbook = host.kind === "excel" ? host.workbook : NO_WORKBOOK;

  return (
    <ScreenLayout title={i18n.t("nav.dashboard")} intro={i18n.t("screen.dashboard.intro")}>
      <WorkbookAction
        title={i18n.t("pane.dashboard.title")}
        about={i18n.t("pane.dashboard.about")}
        disabled={disabled}
        buttons={[
          {
            label: i18n.t("pane.dashboard.build"),
            icon: <DataBarVerticalAddRegular />,
            primary: true,
            run: async ({ signal, progress }) => {
              const outcome = await workbook.run((context) =>
                buildDashboard(context, {
                  lang,
                  mergedAreas: has("mergedAreas"),
                  readingOrder: has("readingOrder"),
                  signal,
                  onProgress: progress,
                })
              );
              return outcome.kind === "built"
                ? dashboardMessage(i18n, outcome)
                : planReadMessage(i18n, outcome);
            },
          },
        ]}
      />
      <WorkbookAction
        title={i18n.t("pane.template.title")}
        about={i18n.t("pane.template.about")}
        disabled={disabled}
        buttons={[
          {
            label: i18n.t("pane.template.insert"),
            icon: <TableAddRegular />,
            run: async () => {
              // The template and exceljs load only now, so the pane starts without them.
              const { insertTemplate } = await import("../../../excel/insert-template");
              const outcome = await workbook.run((context) =>
                insertTemplate(context, {
                  lang,
                  insertSheets: has("insertSheets"),
                  dataValidation: has("dataValidation"),
                  readingOrder: has("readingOrder"),
                })
              );
              return templateMessage(i18n, outcome.sheets);
            },
          },
        ]}
      />
      <WorkbookAction
        title={i18n.t("pane.links.title")}
        about={i18n.t("pane.links.about")}
        disabled={disabled || !has("dataValidation")}
        buttons={[
          {
            label: i18n.t("pane.links.enforce"),
            icon: <LinkRegular />,
            run: ({ signal, progress }) =>
              workbook.run(async (context) => {
                const read = await readPlan(context, {
                  mergedAreas: has("mergedAreas"),
                  signal,
                  onProgress: progress,
                });
                if (read.kind !== "read") return planReadMessage(i18n, read);
                const outcome = await enforceLinks(
                  context,
                  linkPlan(read.snapshot, read.mapping),
                  i18n
                );
                return enforceMessage(i18n, outcome);
              }),
          },
          {
            label: i18n.t("pane.links.remove"),
            icon: <LinkDismissRegular />,
            run: async () => removeMessage(i18n, await workbook.run(removeLinks)),
          },
        ]}
      />
    </ScreenLayout>
  );
}
