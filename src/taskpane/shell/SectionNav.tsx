import { makeStyles, Tab, TabList, tokens, Tooltip } from "@fluentui/react-components";
import { useI18n } from "../i18n-context";
import { SECTIONS, type SectionId } from "../sections";

const useStyles = makeStyles({
  nav: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** Icon tabs fit a narrow pane; each names itself to screen readers and in a tooltip. */
export function SectionNav(props: { value: SectionId; onChange(section: SectionId): void }) {
  const styles = useStyles();
  const { i18n } = useI18n();
  return (
    <nav className={styles.nav} aria-label={i18n.t("nav.label")}>
      <TabList
        selectedValue={props.value}
        onTabSelect={(_, data) => props.onChange(data.value as SectionId)}
      >
        {SECTIONS.map(({ id, label, icon: Icon }) => (
          <Tooltip key={id} content={i18n.t(label)} relationship="label" withArrow>
            <Tab value={id} icon={<Icon />} data-section={id} />
          </Tooltip>
        ))}
      </TabList>
    </nav>
  );
}
