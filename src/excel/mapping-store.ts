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

/**
 * Rahbord's parts in the workbook: their list loads with the next sync; `queueXml` then queues the
 * XML of the one part (when there is exactly one), and after the sync after that `state` reads it.
 * Split so that validate can read them in the syncs that read the sheets.
 */
export function queueStoredMapping(context: Excel.RequestContext) {
  const parts = context.workbook.customXmlParts.getByNamespace(STORED_MAPPING_NAMESPACE);
  parts.load("items/id");
  let items: Excel.CustomXmlPart[] = [];
  let xml: OfficeExtension.ClientResult<string> | undefined;
  let decoded: StoredMappingState | undefined;
  return {
    /** After the first sync; true when a second is needed for the XML. */
    queueXml(): boolean {
      items = parts.items.slice(); // slice: office-addins lint reads a bare `parts.items` as unloaded
      if (items.length === 1) xml = items[0].getXml();
      return xml !== undefined;
    },
    items: () => items,
    /** After the second sync; decoded once, however often asked. */
    state(): StoredMappingState {
      if (items.length === 0) return { kind: "none" };
      if (items.length > 1) return { kind: "several", count: items.length };
      return (decoded ??= decodeStoredMapping((xml as OfficeExtension.ClientResult<string>).value));
    },
  };
}

async function readStored(context: Excel.RequestContext) {
  const stored = queueStoredMapping(context);
  await context.sync();
  if (stored.queueXml()) await context.sync();
  return { items: stored.items(), state: stored.state() };
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
