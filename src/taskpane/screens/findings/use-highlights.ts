import { useCallback, useEffect } from "react";
import type { Finding } from "../../../core/findings";
import {
  clearHighlights,
  countHighlights,
  highlightFindings,
  type HighlightOutcome,
} from "../../../excel/highlight";
import { useOperation } from "../../operations/use-operation";
import type { PaneHost } from "../../pane-host";
import { usePlan } from "../../plan-context";
import { hostHas } from "../use-validate";

export type HighlightChange =
  | { kind: "read" }
  | { kind: "highlighted"; outcome: HighlightOutcome }
  | { kind: "cleared"; removed: number };

/**
 * Rahbord's highlights in the workbook: whether they are on (read from the workbook, so the ribbon's
 * Highlight and Clear commands show too), and switching them on for findings, or off.
 */
export function useHighlights(host: PaneHost) {
  const operation = useOperation<HighlightChange>();
  const { start } = operation;
  const { highlighted: on, setHighlighted: setOn } = usePlan();
  const canRun = host.kind === "excel" && host.support.runs;

  useEffect(() => {
    if (host.kind !== "excel" || !canRun) return;
    void start(async () => {
      setOn((await host.workbook.run(countHighlights)) > 0);
      return { kind: "read" };
    });
  }, [host, canRun, start, setOn]);

  const turn = useCallback(
    async (next: boolean, findings: readonly Finding[]) => {
      if (host.kind !== "excel") return;
      const rangeAreas = hostHas(host, "rangeAreas");
      const change = await start((): Promise<HighlightChange> =>
        host.workbook.run(async (context) =>
          next
            ? {
                kind: "highlighted",
                outcome: await highlightFindings(context, findings, { rangeAreas }),
              }
            : { kind: "cleared", removed: await clearHighlights(context) }
        )
      );
      if (change) setOn(next);
    },
    [host, start, setOn]
  );
  return { ...operation, on, canRun, turn };
}
