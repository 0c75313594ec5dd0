import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { MIN_EXCEL_API, type SupportReport } from "../../excel/requirements";
import { useI18n } from "../i18n-context";

/** Says plainly what this Excel cannot do, so the rest can be used without surprises. */
export function SupportBanner({ report }: { report: SupportReport }) {
  const { i18n } = useI18n();
  if (!report.runs) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{i18n.t("requirements.tooOld", { needed: MIN_EXCEL_API })}</MessageBarBody>
      </MessageBar>
    );
  }
  if (report.missing.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{i18n.t("requirements.degraded")}</MessageBarTitle>
        <ul>
          {report.missing.map((f) => (
            <li key={f.id}>
              {i18n.t("requirements.feature", { feature: i18n.t(f.label), needed: f.needs })}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
