import { useCallback } from "react";
import { goToCell } from "../../../excel/navigate";
import { useOperation } from "../../operations/use-operation";
import type { PaneHost } from "../../pane-host";

export interface CellTarget {
  sheet: string;
  cell: string;
}

/** Takes the user to a finding's cell; the outcome tells whether its sheet was still there. */
export function useGoToCell(host: PaneHost) {
  const operation = useOperation<{ found: boolean; target: CellTarget }>();
  const { start } = operation;
  const go = useCallback(
    (target: CellTarget) => {
      if (host.kind !== "excel") return;
      void start(async () => ({
        found: await host.workbook.run((context) => goToCell(context, target)),
        target,
      }));
    },
    [host, start]
  );
  return { ...operation, go };
}
