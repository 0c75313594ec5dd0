import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useDeferredValue, useMemo, useState } from "react";
import { SEVERITIES, type Severity } from "../../../core/config";
import { useI18n } from "../../i18n-context";
import { OperationStatus } from "../../operations/OperationStatus";
import type { PaneHost } from "../../pane-host";
import type { LastValidation } from "../../plan-context";
import { ExportButtons } from "./ExportButtons";
import { FindingsFilters } from "./FindingsFilters";
import { FindingsList } from "./FindingsList";
import { filterFindings, groupings, groupRows, searchKey, type GroupBy } from "./findings-view";
import { useGoToCell } from "./use-go-to-cell";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
});

/** The last validation's findings: filters and search, the grouped list, its export. */
export function FindingsBrowser(props: { validation: LastValidation; host: PaneHost }) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const { findings, counts, at } = props.validation;
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [groupBy, setGroupBy] = useState<GroupBy>("severity");
  const [query, setQuery] = useState("");
  // Typing stays responsive with many findings: the list follows the search when React has time.
  const deferredQuery = useDeferredValue(query);
  const navigation = useGoToCell(props.host);

  const keys = useMemo(() => findings.map(searchKey), [findings]);
  const shown = useMemo(
    () => filterFindings(findings, keys, { severities, query: deferredQuery }),
    [findings, keys, severities, deferredQuery]
  );
  const rows = useMemo(() => groupRows(findings, shown, groupBy), [findings, shown, groupBy]);
  const shownFindings = useMemo(() => shown.map((i) => findings[i]), [findings, shown]);
  const { state: went } = navigation;
  const goneSheet = went.status === "done" && !went.result.found ? went.result.target.sheet : "";

  return (
    <>
      <FindingsFilters
        counts={counts}
        severities={severities}
        onSeverities={setSeverities}
        groupBy={groupBy}
        groupings={groupings(findings)}
        onGroupBy={setGroupBy}
        query={query}
        onQuery={setQuery}
      />
      <div className={styles.bar}>
        <Caption1 role="status">
          {i18n.t("findings.shown", { shown: shown.length, total: findings.length })}
        </Caption1>
        <ExportButtons findings={shownFindings} checkedAt={at} />
      </div>
      <OperationStatus
        state={went}
        label={i18n.t("findings.navigating")}
        onCancel={navigation.cancel}
      />
      {goneSheet && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{i18n.t("findings.sheetGone", { sheet: goneSheet })}</MessageBarBody>
        </MessageBar>
      )}
      {rows.length > 0 ? (
        <FindingsList key={at.getTime()} findings={findings} rows={rows} onGoTo={navigation.go} />
      ) : (
        <MessageBar intent={findings.length ? "info" : "success"}>
          <MessageBarBody>
            {i18n.t(findings.length ? "findings.noMatch" : "findings.clean")}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
