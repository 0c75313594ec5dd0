import {
  Field,
  makeStyles,
  SearchBox,
  Select,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { SEVERITIES, type Severity } from "../../../core/config";
import type { FindingCounts } from "../../../core/findings";
import { useI18n } from "../../i18n-context";
import type { GroupBy } from "./findings-view";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  filters: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  fields: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  search: { flexGrow: 1 },
});

const COUNT_OF = { error: "errors", warning: "warnings", info: "infos" } as const;
const COUNT_LABEL = {
  error: "home.count.errors",
  warning: "home.count.warnings",
  info: "home.count.infos",
} as const;

export interface FiltersProps {
  counts: FindingCounts;
  severities: ReadonlySet<Severity>;
  onSeverities(severities: ReadonlySet<Severity>): void;
  groupBy: GroupBy;
  groupings: readonly GroupBy[];
  onGroupBy(groupBy: GroupBy): void;
  query: string;
  onQuery(query: string): void;
}

/** The counts by severity as toggles that show or hide them, the grouping, and the search. */
export function FindingsFilters(props: FiltersProps) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const toggle = (severity: Severity) => {
    const next = new Set(props.severities);
    if (!next.delete(severity)) next.add(severity);
    props.onSeverities(next);
  };
  return (
    <div className={styles.filters}>
      <div className={styles.toggles} role="group" aria-label={i18n.t("findings.severities")}>
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            checked={props.severities.has(severity)}
            icon={<SeverityIcon severity={severity} />}
            onClick={() => toggle(severity)}
          >
            {i18n.t(COUNT_LABEL[severity], { count: props.counts[COUNT_OF[severity]] })}
          </ToggleButton>
        ))}
      </div>
      <div className={styles.fields}>
        <Field label={i18n.t("findings.groupBy")}>
          <Select
            value={props.groupBy}
            onChange={(_, data) => props.onGroupBy(data.value as GroupBy)}
          >
            {props.groupings.map((by) => (
              <option key={by} value={by}>
                {i18n.t(`findings.groupBy.${by}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.search} label={i18n.t("findings.search")}>
          <SearchBox
            value={props.query}
            placeholder={i18n.t("findings.search.placeholder")}
            onChange={(_, data) => props.onQuery(data.value)}
          />
        </Field>
      </div>
    </div>
  );
}
