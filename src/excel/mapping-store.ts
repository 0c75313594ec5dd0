import type { MappingDocument } from "../core/mapping/mapping-document";
import {
  decodeStoredMapping,
  encodeStoredMapping,
  STORED_MAPPING_NAMESPACE,
  type StoredMappingRead,
} from "../core/mapping/stored-mapping";
import { queueStoredPart, readStoredPart, type StoredPartState } from "./stored-part";

/** What the workbook holds: Rahbord's part read (ok, corrupt or newer), none, or several. */
export type StoredMappingState = StoredPartState<StoredMappingRead>;

/**
 * Rahbord's mapping parts in the workbook, queued as queueStoredPart does: split so that validate
 * can read them in the syncs that read the sheets.
 */
export const queueStoredMapping = (context: Excel.RequestContext) =>
  queueStoredPart(context, STORED_MAPPING_NAMESPACE, decodeStoredMapping);

const readStored = (context: Excel.RequestContext) =>
  readStoredPart(context, STORED_MAPPING_NAMESPACE, decodeStoredMapping);

/**
 * The mapping and rule settings stored in the workbook's custom XML part (ExcelApi 1.5), in the
 * format the CLI reads (docs/stored-mapping.md). At most two syncs.
 */
export async function loadStoredMapping(
  context: Excel.RequestContext
): Promise<StoredMappingState> {
  return (await readStored(context)).state;
}

/** Raised instead of replacing a part the user may still need: the pane asks before replacing it. */
export class StoredMappingInTheWay extends Error {
  constructor(readonly state: Exclude<StoredMappingState, { kind: "ok" } | { kind: "none" }>) {
    super(`The workbook's stored mapping is ${state.kind}; it is not replaced without asking.`);
    this.name = "StoredMappingInTheWay";
  }
}

/**
 * Saves the mapping in the workbook: rewrites Rahbord's part in place, or adds it. A damaged part,
 * one from a newer Rahbord, or several parts are never overwritten silently: that needs `replace`,
 * which the pane passes only when the user chose to replace them (they are then all removed).
 */
export async function saveStoredMapping(
  context: Excel.RequestContext,
  mapping: MappingDocument,
  options: { replace?: boolean } = {}
): Promise<void> {
  const xml = encodeStoredMapping(mapping);
  const { items, state } = await readStored(context);
  if (state.kind === "ok") items[0].setXml(xml);
  else if (state.kind === "none" || options.replace) {
    items.forEach((part) => part.delete());
    context.workbook.customXmlParts.add(xml);
  } else throw new StoredMappingInTheWay(state);
  await context.sync();
}
