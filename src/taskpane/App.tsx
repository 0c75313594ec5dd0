import { FluentProvider, makeStyles, webLightTheme } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { createTranslator, isRightToLeft, type DisplayPrefs } from "../core/i18n";
import { I18nContext } from "./i18n-context";
import type { PaneHost } from "./pane-host";
import { PlanContext, type LastValidation } from "./plan-context";
import { LiveValidation } from "./live/LiveValidation";
import { SectionScreen } from "./screens/SectionScreen";
import type { SectionId } from "./sections";
import { AppHeader } from "./shell/AppHeader";
import { OutsideExcelNotice } from "./shell/OutsideExcelNotice";
import { SectionNav } from "./shell/SectionNav";
import { SupportBanner } from "./shell/SupportBanner";

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column" },
  banners: {
    padding: "8px 16px 0",
    display: "flex",
    flexDirection: "column",
    rowGap: "8px",
    ":empty": { display: "none" },
  },
});

export interface AppProps {
  host: PaneHost;
  initialPrefs: DisplayPrefs;
  /** Called when the user changes a preference, to remember it. */
  onPrefsChange(prefs: DisplayPrefs): void;
}

export function App({ host, initialPrefs, onPrefsChange }: AppProps) {
  const [prefs, setPrefsState] = useState(initialPrefs);
  const [section, setSection] = useState<SectionId>("home");
  const [validation, setValidation] = useState<LastValidation>();
  const [live, setLive] = useState(false);
  const [highlighted, setHighlighted] = useState<boolean>();
  const plan = useMemo(
    () => ({ validation, setValidation, live, setLive, highlighted, setHighlighted }),
    [validation, live, highlighted]
  );
  const dir = isRightToLeft(prefs.lang) ? "rtl" : "ltr";

  const context = useMemo(
    () => ({
      i18n: createTranslator(prefs),
      setPrefs(next: DisplayPrefs) {
        setPrefsState(next);
        onPrefsChange(next);
      },
    }),
    [prefs, onPrefsChange]
  );

  // Portals (tooltips, menus) and the browser's own text handling follow the document element.
  useEffect(() => {
    document.documentElement.lang = prefs.lang;
    document.documentElement.dir = dir;
    document.title = context.i18n.t("app.name");
  }, [prefs.lang, dir, context]);

  return (
    <I18nContext.Provider value={context}>
      <PlanContext.Provider value={plan}>
        <FluentProvider dir={dir} theme={webLightTheme}>
          <Shell host={host} section={section} onNavigate={setSection} />
        </FluentProvider>
      </PlanContext.Provider>
    </I18nContext.Provider>
  );
}

/** The pane's layout, styled inside the provider so its classes follow the reading direction. */
function Shell(props: {
  host: PaneHost;
  section: SectionId;
  onNavigate(section: SectionId): void;
}) {
  const styles = useStyles();
  const { host } = props;
  return (
    <div className={styles.root}>
      <AppHeader />
      <div className={styles.banners}>
        {host.kind === "outside" && <OutsideExcelNotice officeLoaded={host.officeLoaded} />}
        {host.kind === "excel" && <SupportBanner report={host.support} />}
      </div>
      {host.kind === "excel" && <LiveValidation host={host} />}
      <SectionNav value={props.section} onChange={props.onNavigate} />
      <main>
        <SectionScreen section={props.section} host={host} onNavigate={props.onNavigate} />
      </main>
    </div>
  );
}
