import { useCallback, useEffect, useMemo, useState } from "react";
import {
  budgetDraftOf,
  budgetRoleOf,
  type BudgetDraft,
} from "../../../core/mapping/budget-columns";
import type { MappingDocument } from "../../../core/mapping/mapping-document";
import type { WorkbookSnapshot } from "../../../core/snapshot/workbook-snapshot";
import { loadStoredMapping } from "../../../excel/mapping-store";
import { readHeaderArea } from "../../../excel/read-header-area";
import { readSnapshot } from "../../../excel/read-snapshot";
import { useOperation } from "../../operations/use-operation";
import type { ExcelHost } from "../mapping/use-mapping-wizard";
import { hostHas } from "../use-validate";
import { budgetInput, budgetRoleFor, previewSheets, type BudgetInput } from "./budget-input";

/** The draft of a sheet of the workbook: as the stored (else detected) budget role reads it, when one does. */
const draftFor = (input: BudgetInput, sheet: string) => {
  const found = input.sheets.get(sheet);
  return found && budgetDraftOf(found, budgetRoleFor(input, sheet));
};

/**
 * The budget screen's state: the stored mapping and every sheet's header area read in one batch,
 * the budget sheet (and the initiatives sheet) read in full for the preview, each with progress
 * and Cancel; the draft the user edits and the mapping it makes.
 */
export function useBudgetLinking(host: ExcelHost) {
  const loading = useOperation<BudgetInput>();
  const reading = useOperation<WorkbookSnapshot>();
  const [input, setInput] = useState<BudgetInput>();
  const [draft, setDraft] = useState<BudgetDraft>();
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot>();
  const { workbook } = host;
  const mergedAreas = hostHas(host, "mergedAreas");
  const load = loading.start;
  const readInFull = reading.start;

  const readSheets = useCallback(
    async (sheets: string[]) => {
      const read = await readInFull(({ signal, progress }) =>
        workbook.run((context) =>
          readSnapshot(context, { only: sheets, mergedAreas, signal, onProgress: progress })
        )
      );
      if (read) setSnapshot(read);
    },
    [readInFull, workbook, mergedAreas]
  );

  const start = useCallback(
    (next: BudgetInput, sheet: string) => {
      const chosen = draftFor(next, sheet);
      setDraft(chosen);
      if (chosen) void readSheets(previewSheets(next, sheet));
    },
    [readSheets]
  );

  useEffect(() => {
    void load(async ({ signal }) => {
      const { stored, header } = await workbook.run(async (context) => {
        const stored = await loadStoredMapping(context);
        signal.throwIfAborted();
        return { stored, header: await readHeaderArea(context, { mergedAreas }) };
      });
      signal.throwIfAborted();
      return budgetInput(header, stored);
    }).then((next) => {
      if (!next) return;
      setInput(next);
      if (next.budget) start(next, next.budget.sheet);
    });
  }, [load, workbook, mergedAreas, start]);

  const edit = useCallback(
    (change: (draft: BudgetDraft) => BudgetDraft) => setDraft((d) => d && change(d)),
    []
  );
  const base = input?.base;
  const mapping = useMemo<MappingDocument | undefined>(
    () => base && draft && { ...base, roles: { ...base.roles, budget: budgetRoleOf(draft) } },
    [base, draft]
  );

  return {
    loading,
    reading,
    input,
    draft,
    mapping,
    /** The snapshot read for the draft's sheet, once it is read. */
    snapshot: snapshot?.sheets.some((s) => s.name === draft?.sheet) ? snapshot : undefined,
    chooseSheet: (sheet: string) => input && start(input, sheet),
    edit,
    /**
     * The workbook now stores the mapping. Its base stays: the mapping on screen is then the one
     * saved, which SaveMapping's success message is shown for.
     */
    saved: (stored: MappingDocument) =>
      setInput((i) => i && { ...i, stored: { kind: "ok", mapping: stored } }),
  };
}
