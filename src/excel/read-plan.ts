import { detectMapping } from "../core/mapping/detect";
import type { MappingDocument } from "../core/mapping/mapping-document";
import { REGISTER_SHEET_NAMES } from "../core/register/register-sheet";
import { OUTPUT_SHEET_NAMES } from "../core/report/rahbord-sheets";
import type { WorkbookSnapshot } from "../core/snapshot/workbook-snapshot";
import { queueStoredMapping, type StoredMappingState } from "./mapping-store";
import { readSnapshot, type ReadOptions } from "./read-snapshot";

export type PlanRead =
  | {
      kind: "read";
      snapshot: WorkbookSnapshot;
      mapping: MappingDocument;
      /** Where the mapping came from: stored in the workbook, or detected just now. */
      source: "workbook" | "detected";
      /** Detection was unsure: a person should confirm the mapping in the pane. */
      uncertain: boolean;
    }
  /** The stored mapping cannot be used (damaged, newer, several parts): nothing was read. */
  | { kind: "mapping-unusable"; stored: Exclude<StoredMappingState, { kind: "ok" | "none" }> }
  /** Detection found no plan sheet and nothing is stored. */
  | { kind: "nothing-mapped" };

/**
 * The sheets to read in full: a stored mapping's and the register, all for detection, none when
 * the mapping is unusable.
 */
function mappedSheets(stored: StoredMappingState): readonly string[] | undefined {
  if (stored.kind === "none") return undefined;
  if (stored.kind !== "ok") return [];
  return Object.values(stored.mapping.roles)
    .flatMap((sheet) => (sheet ? [sheet.sheet] : []))
    .concat(REGISTER_SHEET_NAMES);
}

/**
 * The plan as validate and the dashboard read it: the stored mapping (else detection on the whole
 * workbook, as the CLI detects) and the snapshot of its sheets. The stored part is read in the
 * syncs that list the sheets, so only a stored mapping's sheets are then read in full: two syncs
 * and one per chunk.
 */
export async function readPlan(
  context: Excel.RequestContext,
  options: { mergedAreas: boolean } & Pick<ReadOptions, "signal" | "onProgress">
): Promise<PlanRead> {
  const storedParts = queueStoredMapping(context);
  const snapshot = await readSnapshot(context, {
    skip: OUTPUT_SHEET_NAMES,
    mergedAreas: options.mergedAreas,
    signal: options.signal,
    onProgress: options.onProgress,
    beforeSecondSync: () => void storedParts.queueXml(),
    only: () => mappedSheets(storedParts.state()),
  });
  const state = storedParts.state();
  if (state.kind === "ok")
    return { kind: "read", snapshot, mapping: state.mapping, source: "workbook", uncertain: false };
  if (state.kind !== "none") return { kind: "mapping-unusable", stored: state };
  const detection = detectMapping(snapshot);
  if (Object.keys(detection.mapping.roles).length === 0) return { kind: "nothing-mapped" };
  return {
    kind: "read",
    snapshot,
    mapping: detection.mapping,
    source: "detected",
    uncertain: detection.uncertain,
  };
}
