import { makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import type { Severity } from "../../../core/config";

const useStyles = makeStyles({
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

const ICONS = { error: ErrorCircleFilled, warning: WarningFilled, info: InfoFilled };

/** A severity's icon in its colour; decorative, always shown beside the severity's word. */
export function SeverityIcon(props: { severity: Severity }) {
  const styles = useStyles();
  const Icon = ICONS[props.severity];
  return <Icon className={styles[props.severity]} aria-hidden="true" />;
}
