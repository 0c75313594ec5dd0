import { useCallback, useRef } from "react";
import { highlightFindings } from "../../excel/highlight";
import type { ValidateOutcome } from "../../excel/validate-workbook";
import { useI18n } from "../i18n-context";
import { useOperation } from "../operations/use-operation";
import type { PaneHost } from "../pane-host";
import { usePlan } from "../plan-context";

/** The features the host's Excel lacks, by id. */
export const hostHas = (host: PaneHost, feature: string) =>
  host.kind === "excel" && !host.support.missing.some((f) => f.id === feature);

/**
 * Validate as the pane runs it: the plan read with progress and Cancel, every rule, the report
 * sheet; a validated outcome becomes the session's last validation (Home, Findings).
 */
export function useValidate(host: PaneHost) {
  const { i18n } = useI18n();
  const { setValidation, highlighted } = usePlan();
  // Read at the end of a run, not a dependency of it: live mode keeps its watch on the workbook
  // (each new `run` would make it register again) when the highlights are switched.
  const highlightedNow = useRef(highlighted);
  highlightedNow.current = highlighted;
  const operation = useOperation<ValidateOutcome>();
  const { start } = operation;
  const lang = i18n.prefs.lang;
  const run = useCallback(async () => {
    if (host.kind !== "excel") return undefined;
    const outcome = await start(async ({ signal, progress }) => {
      // The engine loads with the first validation, not with the pane.
      const { validateWorkbook } = await import(
        /* webpackChunkName: "validate" */ "../../excel/validate-workbook"
      );
      return host.workbook.run((context) =>
        validateWorkbook(context, {
          lang,
          mergedAreas: hostHas(host, "mergedAreas"),
          readingOrder: hostHas(host, "readingOrder"),
          signal,
          onProgress: progress,
        })
      );
    });
    if (outcome?.kind !== "validated") return outcome;
    setValidation({ ...outcome, at: new Date() });
    // Highlights that are on follow the new findings, whichever screen or live mode validated.
    if (highlightedNow.current) {
      const rangeAreas = hostHas(host, "rangeAreas");
      await host.workbook.run((context) =>
        highlightFindings(context, outcome.findings, { rangeAreas })
      );
    }
    return outcome;
  }, [host, lang, start, setValidation]);
  return { ...operation, run };
}
