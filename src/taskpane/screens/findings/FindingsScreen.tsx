import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkCircleRegular } from "@fluentui/react-icons";
import { useI18n } from "../../i18n-context";
import type { PaneHost } from "../../pane-host";
import { usePlan } from "../../plan-context";
import type { SectionId } from "../../sections";
import { ScreenLayout } from "../ScreenLayout";
import { useValidate } from "../use-validate";
import { FindingsBrowser } from "./FindingsBrowser";
import { HighlightSwitch } from "./HighlightSwitch";
import { useHighlights } from "./use-highlights";
import { ValidateStatus } from "../ValidateStatus";

const useStyles = makeStyles({
  meta: { color: tokens.colorNeutralForeground3 },
});

export interface FindingsScreenProps {
  host: PaneHost;
  onNavigate(section: SectionId): void;
}

/** Findings: Validate, the highlights switch, and the last validation's findings to browse. */
export function FindingsScreen(props: FindingsScreenProps) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const { host } = props;
  const { validation } = usePlan();
  const validate = useValidate(host);
  const highlights = useHighlights(host);
  const canRun = host.kind === "excel" && host.support.runs;
  const busy = validate.state.status === "running";

  return (
    <ScreenLayout title={i18n.t("nav.findings")} intro={i18n.t("screen.findings.intro")}>
      <div>
        <Button
          appearance={validation ? "secondary" : "primary"}
          icon={busy ? <Spinner size="tiny" /> : <CheckmarkCircleRegular />}
          disabled={!canRun || busy}
          onClick={() => void validate.run()}
        >
          {i18n.t(
            busy ? "home.validating" : validation ? "findings.validateAgain" : "home.validate"
          )}
        </Button>
      </div>
      <ValidateStatus validate={validate} onOpenMapping={() => props.onNavigate("mapping")} />
      {validation ? (
        <>
          <Caption1 className={styles.meta}>
            {i18n.t("home.validatedAt", {
              when: i18n.date(validation.at, true),
              sheet: validation.reportSheet,
            })}
          </Caption1>
          <HighlightSwitch highlights={highlights} findings={validation.findings} />
          <FindingsBrowser validation={validation} host={host} />
        </>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{i18n.t("findings.none")}</MessageBarBody>
        </MessageBar>
      )}
    </ScreenLayout>
  );
}
