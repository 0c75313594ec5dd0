import { Badge, Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { SheetOverview } from "../../core/workbook-overview";
import { useI18n } from "../i18n-context";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  name: { flexGrow: 1, overflowWrap: "anywhere" },
  size: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
});

export function SheetList({ sheets }: { sheets: readonly SheetOverview[] }) {
  const styles = useStyles();
  const { i18n } = useI18n();
  return (
    <ul className={styles.list} aria-label={i18n.t("home.sheets.title")}>
      {sheets.map((sheet) => (
        <li key={sheet.name} className={styles.item}>
          <Body1 className={styles.name} dir="auto">
            {sheet.name}
          </Body1>
          {sheet.visibility !== "Visible" && (
            <Badge appearance="tint" color="informative">
              {i18n.t("home.sheets.hidden")}
            </Badge>
          )}
          <Caption1 className={styles.size}>
            {sheet.rows === 0
              ? i18n.t("home.sheets.empty")
              : i18n.t("home.sheets.size", { rows: sheet.rows, columns: sheet.columns })}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}
