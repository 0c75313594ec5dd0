import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../i18n-context";
import { usePlan } from "../plan-context";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The last validation's counts by severity and when it ran, with the way to its findings. */
export function LastValidationSummary(props: { onOpen(): void }) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const { validation } = usePlan();
  if (!validation) return null;
  const { counts } = validation;
  return (
    <div className={styles.card} data-testid="last-validation">
      <div className={styles.counts}>
        <Badge color="danger" appearance="tint">
          {i18n.t("home.count.errors", { count: counts.errors })}
        </Badge>
        <Badge color="warning" appearance="tint">
          {i18n.t("home.count.warnings", { count: counts.warnings })}
        </Badge>
        <Badge color="informative" appearance="tint">
          {i18n.t("home.count.infos", { count: counts.infos })}
        </Badge>
      </div>
      <Caption1>
        {i18n.t("home.validatedAt", {
          when: i18n.date(validation.at, true),
          sheet: validation.reportSheet,
        })}
      </Caption1>
      {validation.source === "detected" && (
        <MessageBar intent={validation.uncertain ? "warning" : "info"} layout="multiline">
          <MessageBarBody>
            {i18n.t(validation.uncertain ? "home.uncertain" : "home.detected")}
          </MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button onClick={props.onOpen}>{i18n.t("home.openFindings")}</Button>
      </div>
    </div>
  );
}
