import type { MappingDocument } from "../core/mapping/mapping-document";
import {
  decodeStoredMapping,
  encodeStoredMapping,
  STORED_MAPPING_NAMESPACE,
  type StoredMappingRead,
} from "../core/mapping/stored-mapping";

/** What the workbook holds: Rahbord's part read (ok, corrupt or newer), none, or several. */
export type StoredMappingState =
  | StoredMappingRead
  | { kind: "none" }
  /** More than one part in Rahbord's namespace: which one counts is unknowable, so none is used. */
  | { kind: "several"; count: number };

/** Rahbord's parts in the workbook and what they hold: two syncs (the XML only when there is one). */
async function readStored(context: Excel.RequestContext) {
  const parts = context.workbook.customXmlParts.getByNamespace(STORED_MAPPING_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const items = parts.items.slice(); // slice: office-addins lint reads a bare `parts.items` as unloaded
  if (items.length !== 1) {
    const state: StoredMappingState =
      items.length === 0 ? { kind: "none" } : { kind: "several", count: items.length };
    return { items, state };
  }
  const xml = items[0].getXml();
  await context.sync();
  // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load
  return { items, state: decodeStoredMapping(xml.value) as StoredMappingState };
}

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
