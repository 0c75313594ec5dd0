import { Button, Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { LocalLanguageRegular } from "@fluentui/react-icons";
import { defaultDisplayPrefs } from "../../core/i18n";
import { useI18n } from "../i18n-context";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  tagline: { color: tokens.colorNeutralForeground3 },
});

export function AppHeader() {
  const styles = useStyles();
  const { i18n, setPrefs } = useI18n();
  const other = i18n.prefs.lang === "fa" ? "en" : "fa";
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Subtitle1 as="h1">{i18n.t("app.name")}</Subtitle1>
        <Caption1 className={styles.tagline}>{i18n.t("app.tagline")}</Caption1>
      </div>
      <Button
        appearance="subtle"
        icon={<LocalLanguageRegular />}
        lang={other}
        // The name starts with the visible word (WCAG 2.5.3, "label in name"), then says what it does.
        aria-label={`${i18n.t("lang.switch")}: ${i18n.t("lang.switch.aria")}`}
        onClick={() => setPrefs(defaultDisplayPrefs(other))}
      >
        {i18n.t("lang.switch")}
      </Button>
    </header>
  );
}
