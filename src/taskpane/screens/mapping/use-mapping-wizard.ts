import { useCallback, useEffect, useState } from "react";
import type { MappingDocument } from "../../../core/mapping/mapping-document";
import { loadStoredMapping } from "../../../excel/mapping-store";
import { readHeaderArea } from "../../../excel/read-header-area";
import { useOperation } from "../../operations/use-operation";
import type { PaneHost } from "../../pane-host";
import { draftOf, type MappingDraft } from "./mapping-draft";
import { wizardInput, type WizardInput } from "./wizard-input";

export type ExcelHost = Extract<PaneHost, { kind: "excel" }>;

export interface WizardState {
  input: WizardInput;
  draft: MappingDraft;
  /** The stored mapping's draft, when the wizard started from it or saved it. */
  stored?: MappingDraft;
  detected: MappingDraft;
}

/** The wizard's starting point: the stored mapping when there is one to use (unless detecting again). */
function startFrom(input: WizardInput, detectAgain: boolean): WizardState {
  const stored = input.stored.kind === "ok" ? input.stored.mapping : undefined;
  const detected = { ...draftOf(input, input.detection.mapping), settings: stored?.settings };
  if (!stored || detectAgain) return { input, draft: detected, detected };
  const kept = draftOf(input, stored);
  return { input, draft: kept, stored: kept, detected };
}

/**
 * The mapping wizard's state: the stored mapping and every sheet's header area read in one batch
 * (with Cancel and progress), detection run on them, and the draft the user edits.
 */
export function useMappingWizard(host: ExcelHost) {
  const reading = useOperation<WizardState>();
  const { start } = reading;
  const [wizard, setWizard] = useState<WizardState>();
  const mergedAreas = !host.support.missing.some((f) => f.id === "mergedAreas");

  const read = useCallback(
    async (detectAgain: boolean) => {
      const next = await start(async ({ signal }) => {
        const { stored, snapshot } = await host.workbook.run(async (context) => {
          const stored = await loadStoredMapping(context);
          signal.throwIfAborted();
          return { stored, snapshot: await readHeaderArea(context, { mergedAreas }) };
        });
        signal.throwIfAborted();
        return startFrom(wizardInput(snapshot, stored), detectAgain);
      });
      if (next) setWizard(next);
    },
    [start, host.workbook, mergedAreas]
  );

  useEffect(() => void read(false), [read]);

  const edit = useCallback(
    (change: (draft: MappingDraft) => MappingDraft) =>
      setWizard((w) => w && { ...w, draft: change(w.draft) }),
    []
  );
  /** The draft is now what the workbook stores. */
  const saved = useCallback(
    (mapping: MappingDocument) =>
      setWizard(
        (w) =>
          w && {
            ...w,
            input: { ...w.input, stored: { kind: "ok", mapping } },
            stored: draftOf(w.input, mapping),
          }
      ),
    []
  );
  return {
    reading,
    wizard,
    edit,
    saved,
    readAgain: () => void read(false),
    detectAgain: () => void read(true),
  };
}
