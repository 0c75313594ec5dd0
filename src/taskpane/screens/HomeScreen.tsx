import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkCircleRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { errorMessage } from "../../core/error-message";
import { overviewSummary, type WorkbookOverview } from "../../core/workbook-overview";
import { readWorkbookOverview } from "../../excel/read-overview";
import { useI18n } from "../i18n-context";
import type { PaneHost, WorkbookAccess } from "../pane-host";
import { SECTIONS, type SectionId } from "../sections";
import { ScreenLayout } from "./ScreenLayout";
import { SheetList } from "./SheetList";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground3 },
});

type ReadState =
  | { status: "idle" }
  | { status: "reading" }
  | { status: "done"; overview: WorkbookOverview }
  | { status: "failed"; message: string };

/** Reads the workbook and reports the outcome, whichever it is. */
function readOverview(workbook: WorkbookAccess, settle: (state: ReadState) => void): Promise<void> {
  return workbook.run(readWorkbookOverview).then(
    (overview) => settle({ status: "done", overview }),
    (error: unknown) => settle({ status: "failed", message: errorMessage(error) })
  );
}

const SHORTCUTS: readonly SectionId[] = ["mapping", "findings", "dashboard"];

export function HomeScreen(props: { host: PaneHost; onNavigate(section: SectionId): void }) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const { host } = props;
  const canRead = host.kind === "excel" && host.support.runs;
  const [state, setState] = useState<ReadState>({ status: canRead ? "reading" : "idle" });

  useEffect(() => {
    if (host.kind !== "excel" || !canRead) return;
    let mounted = true;
    void readOverview(host.workbook, (next) => mounted && setState(next));
    return () => {
      mounted = false;
    };
  }, [host, canRead]);

  const read = () => {
    if (host.kind !== "excel") return;
    setState({ status: "reading" });
    void readOverview(host.workbook, setState);
  };

  return (
    <ScreenLayout title={i18n.t("nav.home")} intro={i18n.t("home.intro")}>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={state.status === "reading" ? <Spinner size="tiny" /> : <CheckmarkCircleRegular />}
          disabled={!canRead || state.status === "reading"}
          onClick={read}
        >
          {state.status === "reading" ? i18n.t("home.reading") : i18n.t("home.validate")}
        </Button>
      </div>
      {state.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {i18n.t("error.unexpected", { message: state.message })}
            </MessageBarTitle>
            {i18n.t("error.retry")}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "done" && (
        <>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{overviewSummary(state.overview, i18n)}</MessageBarTitle>
              {i18n.t("overview.noMapping")}
            </MessageBarBody>
          </MessageBar>
          <Subtitle2 as="h3">{i18n.t("home.sheets.title")}</Subtitle2>
          <SheetList sheets={state.overview.sheets} />
          <Caption1 className={styles.meta}>
            {i18n.t("home.lastRead", { when: i18n.date(state.overview.readAt, true) })}
          </Caption1>
        </>
      )}
      <Subtitle2 as="h3">{i18n.t("home.shortcuts")}</Subtitle2>
      <div className={styles.actions}>
        {SECTIONS.filter((s) => SHORTCUTS.includes(s.id)).map(({ id, label, icon: Icon }) => (
          <Button key={id} appearance="subtle" icon={<Icon />} onClick={() => props.onNavigate(id)}>
            {i18n.t(label)}
          </Button>
        ))}
      </div>
    </ScreenLayout>
  );
}
