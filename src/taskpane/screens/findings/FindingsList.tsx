import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useId, useRef, useState } from "react";
import type { Finding } from "../../../core/findings";
import { reportLabel } from "../../../core/report/report-labels";
import { useI18n } from "../../i18n-context";
import type { ListRow } from "./findings-view";
import { FindingRow } from "./FindingRow";

const useStyles = makeStyles({
  scroller: {
    maxHeight: "65vh",
    minHeight: "120px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  rows: { position: "relative", width: "100%" },
  row: {
    position: "absolute",
    top: 0,
    left: 0,
    width: "100%",
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalM}`,
  },
  heading: {
    display: "block",
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** First guesses of the rows' heights; each row is measured once shown. */
const ESTIMATED_HEIGHT = { group: 40, finding: 96 } as const;
/** Rows rendered beyond each edge of the visible part, so scrolling shows no gaps. */
const OVERSCAN = 6;

const SEVERITY_GROUP = { error: "errors", warning: "warnings", info: "infos" } as const;

const rowKey = (row: ListRow) => (row.kind === "group" ? `group:${row.name}` : row.index);

/**
 * The findings under their groups' headings, virtualised: only the rows in view (and a few
 * around) are in the page, so ten thousand findings scroll as smoothly as ten.
 */
export function FindingsList(props: {
  findings: readonly Finding[];
  rows: readonly ListRow[];
  onGoTo(finding: Finding): void;
}) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const { rows } = props;
  const idPrefix = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  // React Compiler does not build the pane, so the virtualiser's unmemoisable functions are fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => ESTIMATED_HEIGHT[rows[i].kind],
    getItemKey: (i) => rowKey(rows[i]),
    overscan: OVERSCAN,
  });

  const toggle = (index: number) => {
    const next = new Set(expanded);
    if (!next.delete(index)) next.add(index);
    setExpanded(next);
  };
  const groupName = (row: Extract<ListRow, { kind: "group" }>) =>
    row.by === "severity"
      ? reportLabel(SEVERITY_GROUP[row.name as keyof typeof SEVERITY_GROUP], i18n.prefs.lang)
      : row.by === "district" && row.name === ""
        ? i18n.t("findings.group.noDistrict")
        : row.name;

  return (
    <div ref={scroller} className={styles.scroller}>
      <div
        role="list"
        aria-label={i18n.t("nav.findings")}
        className={styles.rows}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="listitem"
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              className={styles.row}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row.kind === "group" ? (
                <Subtitle2 as="h3" className={styles.heading}>
                  {i18n.t("findings.group", { name: groupName(row), count: row.count })}
                </Subtitle2>
              ) : (
                <FindingRow
                  finding={props.findings[row.index]}
                  id={`${idPrefix}-why-${row.index}`}
                  expanded={expanded.has(row.index)}
                  onToggleWhy={() => toggle(row.index)}
                  onGoTo={props.onGoTo}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
