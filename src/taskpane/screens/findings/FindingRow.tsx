import {
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ChevronDownRegular, ChevronUpRegular } from "@fluentui/react-icons";
import { capitalised } from "../../../core/i18n";
import type { Finding } from "../../../core/findings";
import { SEVERITY_LABELS } from "../../../core/report/report-labels";
import { useI18n } from "../../i18n-context";
import { ruleExplanation } from "./findings-view";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  finding: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  rule: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  why: { alignSelf: "flex-start" },
  explanation: {
    color: tokens.colorNeutralForeground2,
    // Left in the source: Griffel flips it to the right for right-to-left text.
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `2px solid ${tokens.colorNeutralStroke1}`,
  },
});

export interface FindingRowProps {
  finding: Finding;
  /** Unique in the list: names the explanation the "why" button controls. */
  id: string;
  expanded: boolean;
  onToggleWhy(): void;
  onGoTo(finding: Finding): void;
}

/** One finding: severity, its cell (one click away), message, rule, and why the rule exists. */
export function FindingRow({ finding, id, expanded, onToggleWhy, onGoTo }: FindingRowProps) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const { lang } = i18n.prefs;
  const address = `${finding.sheet}!${finding.cell}`;
  const word = SEVERITY_LABELS[finding.severity][lang];
  return (
    <div className={styles.finding}>
      <div className={styles.head}>
        <SeverityIcon severity={finding.severity} />
        <Text weight="semibold">{capitalised(word)}</Text>
        <Link
          as="button"
          onClick={() => onGoTo(finding)}
          aria-label={i18n.t("findings.goTo", { address })}
        >
          <bdi dir="ltr">{address}</bdi>
        </Link>
        <Caption1 className={styles.rule}>{finding.rule}</Caption1>
      </div>
      <Body1>{finding.message}</Body1>
      <Button
        className={styles.why}
        appearance="transparent"
        size="small"
        icon={expanded ? <ChevronUpRegular /> : <ChevronDownRegular />}
        aria-expanded={expanded}
        aria-controls={expanded ? id : undefined}
        onClick={onToggleWhy}
      >
        {i18n.t("findings.why")}
      </Button>
      {expanded && (
        <Body1 id={id} className={styles.explanation}>
          {ruleExplanation(finding.rule, lang)}
        </Body1>
      )}
    </div>
  );
}
