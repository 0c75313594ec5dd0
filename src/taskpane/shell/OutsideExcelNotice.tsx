import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../i18n-context";

const useStyles = makeStyles({
  steps: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingInlineStart: tokens.spacingHorizontalXL,
  },
  step: { marginBottom: tokens.spacingVerticalXS },
  persianNumbers: { listStyleType: "persian" },
});

export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Shown when the page is opened outside Excel: what this is and how to open it where it works. */
export function OutsideExcelNotice(props: { officeLoaded: boolean }) {
  const styles = useStyles();
  const { i18n } = useI18n();
  return (
    <MessageBar intent="info" layout="multiline" data-testid="outside-excel">
      <MessageBarBody>
        <MessageBarTitle>{i18n.t("outside.title")}</MessageBarTitle>
        <p>{i18n.t("outside.body")}</p>
        {!props.officeLoaded && <p>{i18n.t("outside.officeMissing", { source: OFFICE_JS_CDN })}</p>}
        <strong>{i18n.t("outside.steps")}</strong>
        <ol
          className={mergeClasses(
            styles.steps,
            i18n.prefs.digits === "persian" && styles.persianNumbers
          )}
        >
          <li className={styles.step}>{i18n.t("outside.step.desktop")}</li>
          <li className={styles.step}>{i18n.t("outside.step.web")}</li>
          <li className={styles.step}>{i18n.t("outside.step.ribbon")}</li>
        </ol>
        <p>{i18n.t("outside.preview")}</p>
      </MessageBarBody>
    </MessageBar>
  );
}
