import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Switch,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkCircleRegular } from "@fluentui/react-icons";
import { useCallback, useEffect } from "react";
import { overviewSummary, type WorkbookOverview } from "../../core/workbook-overview";
import type { StoredMappingState } from "../../excel/mapping-store";
import { readWorkbookOverview } from "../../excel/read-overview";
import { useI18n } from "../i18n-context";
import { OperationStatus } from "../operations/OperationStatus";
import { useOperation } from "../operations/use-operation";
import type { PaneHost, WorkbookAccess } from "../pane-host";
import { SECTIONS, type SectionId } from "../sections";
import { LastValidationSummary } from "./LastValidationSummary";
import { MappingState } from "./MappingState";
import { ScreenLayout } from "./ScreenLayout";
import { SheetList } from "./SheetList";
import { usePlan } from "../plan-context";
import { useValidate } from "./use-validate";
import { ValidateStatus } from "./ValidateStatus";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground3 },
});

const SHORTCUTS: readonly SectionId[] = ["mapping", "findings", "dashboard"];

interface PlanOverview {
  overview: WorkbookOverview;
  stored: StoredMappingState;
}

/**
 * The workbook's sheets and the stored mapping's state, in one batch. The mapping's decoder (an
 * XML parser and a schema validator) loads on demand, keeping the pane's start light.
 */
async function readPlanOverview(workbook: WorkbookAccess): Promise<PlanOverview> {
  const { loadStoredMapping } = await import(
    /* webpackChunkName: "mapping-store" */ "../../excel/mapping-store"
  );
  return workbook.run(async (context) => ({
    overview: await readWorkbookOverview(context),
    stored: await loadStoredMapping(context),
  }));
}

/** Home: the plan's state (mapped or not, the last validation), Validate, and shortcuts. */
export function HomeScreen(props: { host: PaneHost; onNavigate(section: SectionId): void }) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const { host } = props;
  const canRun = host.kind === "excel" && host.support.runs;
  const reading = useOperation<PlanOverview>();
  const validate = useValidate(host);
  const { live, setLive } = usePlan();
  const { start } = reading;
  const readPlan = useCallback(() => {
    if (host.kind === "excel" && canRun) void start(() => readPlanOverview(host.workbook));
  }, [host, canRun, start]);
  useEffect(readPlan, [readPlan]);

  const busy = validate.state.status === "running";
  const read = reading.state.status === "done" ? reading.state.result : undefined;
  return (
    <ScreenLayout title={i18n.t("nav.home")} intro={i18n.t("home.intro")}>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={busy ? <Spinner size="tiny" /> : <CheckmarkCircleRegular />}
          disabled={!canRun || busy}
          onClick={() => void validate.run().then(readPlan)}
        >
          {busy ? i18n.t("home.validating") : i18n.t("home.validate")}
        </Button>
      </div>
      <Switch
        checked={live}
        disabled={!canRun}
        label={i18n.t("live.switch")}
        onChange={(_, d) => setLive(d.checked)}
      />
      <ValidateStatus validate={validate} onOpenMapping={() => props.onNavigate("mapping")} />
      <LastValidationSummary onOpen={() => props.onNavigate("findings")} />
      <OperationStatus
        state={reading.state}
        label={i18n.t("home.reading")}
        onCancel={reading.cancel}
      />
      {read && (
        <>
          <MappingState stored={read.stored} onOpen={() => props.onNavigate("mapping")} />
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{overviewSummary(read.overview, i18n)}</MessageBarTitle>
            </MessageBarBody>
          </MessageBar>
          <Subtitle2 as="h3">{i18n.t("home.sheets.title")}</Subtitle2>
          <SheetList sheets={read.overview.sheets} />
          <Caption1 className={styles.meta}>
            {i18n.t("home.lastRead", { when: i18n.date(read.overview.readAt, true) })}
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
