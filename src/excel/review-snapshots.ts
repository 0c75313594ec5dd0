import { planDiff, type PlanChange } from "../core/compare/plan-diff";
import { buildPlan } from "../core/model/build-plan";
import { locateChanges, type ChangeLocation } from "../core/review/change-report";
import { fromState, toState } from "../core/review/plan-state";
import {
  decodeSnapshot,
  encodeSnapshot,
  partBytes,
  SNAPSHOT_FORMAT,
  SNAPSHOT_NAMESPACE,
  type SnapshotMeta,
} from "../core/review/snapshot-part";
import { readPlan, type PlanRead } from "./read-plan";
import type { ReadOptions } from "./read-snapshot";

/** What a snapshot part holds, as the list shows it (its plan is read only to compare). */
export type SnapshotSummary =
  | { kind: "ok"; meta: SnapshotMeta; compressed: boolean }
  | { kind: "corrupt"; reason: string; meta?: SnapshotMeta }
  | { kind: "newer"; version: number };

export interface SnapshotEntry {
  /** The part's id in the workbook. */
  id: string;
  /** Its size in the file: its XML's UTF-8 bytes. */
  bytes: number;
  summary: SnapshotSummary;
}

type NotRead = Exclude<PlanRead, { kind: "read" }>;
type PlanOptions = { mergedAreas: boolean } & Pick<ReadOptions, "signal" | "onProgress">;

function summaryOf(xml: string): SnapshotSummary {
  const read = decodeSnapshot(xml);
  return read.kind === "ok"
    ? { kind: "ok", meta: read.snapshot.meta, compressed: read.compressed }
    : read;
}

export type TakeOutcome =
  | { kind: "taken"; entry: SnapshotEntry; source: "workbook" | "detected"; uncertain: boolean }
  | { kind: "too-large"; bytes: number; limit: number }
  | NotRead;

/**
 * Reads the plan and stores what a review compares of it as a new snapshot part, beside any
 * others. The read's syncs and one more.
 */
export async function takeSnapshot(
  context: Excel.RequestContext,
  options: PlanOptions & { label: string; reviewDate: string; now?: Date }
): Promise<TakeOutcome> {
  const read = await readPlan(context, options);
  if (read.kind !== "read") return read;
  const meta: SnapshotMeta = {
    label: options.label,
    reviewDate: options.reviewDate,
    takenAt: (options.now ?? new Date()).toISOString(),
    format: SNAPSHOT_FORMAT,
  };
  const encoded = encodeSnapshot({ meta, plan: toState(buildPlan(read.snapshot, read.mapping)) });
  if (encoded.kind === "too-large") return encoded;
  options.signal?.throwIfAborted();
  const part = context.workbook.customXmlParts.add(encoded.xml).load("id");
  await context.sync();
  return {
    kind: "taken",
    entry: {
      id: part.id,
      bytes: encoded.bytes,
      summary: { kind: "ok", meta, compressed: encoded.compressed },
    },
    source: read.source,
    uncertain: read.uncertain,
  };
}

/**
 * The XML of the parts, in one sync; a response over Excel's 5 MB (several large snapshots) is
 * read again in halves, as the sheets are read in chunks. A part alone stays under it.
 */
async function readXml(
  context: Excel.RequestContext,
  parts: readonly Excel.CustomXmlPart[]
): Promise<string[]> {
  if (!parts.length) return [];
  const results = parts.map((part) => part.getXml());
  try {
    await context.sync();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== "ResponsePayloadSizeLimitExceeded" || parts.length === 1) throw error;
    const half = Math.ceil(parts.length / 2);
    const first = await readXml(context, parts.slice(0, half));
    return [...first, ...(await readXml(context, parts.slice(half)))];
  }
  return results.map((result) => result.value);
}

/** The workbook's snapshots in the order they were added, unreadable ones with why: two syncs. */
export async function listSnapshots(context: Excel.RequestContext): Promise<SnapshotEntry[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(SNAPSHOT_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const items = parts.items.slice(); // slice: office-addins lint reads a bare `parts.items` as unloaded
  const xml = await readXml(context, items);
  return items.map((part, i) => ({
    id: part.id,
    bytes: partBytes(xml[i]),
    summary: summaryOf(xml[i]),
  }));
}

/** Deletes one snapshot part; false when it is gone or is not a snapshot. Two syncs. */
export async function deleteSnapshot(context: Excel.RequestContext, id: string): Promise<boolean> {
  const part = context.workbook.customXmlParts.getItemOrNullObject(id).load("namespaceUri");
  await context.sync();
  if (part.isNullObject || part.namespaceUri !== SNAPSHOT_NAMESPACE) return false;
  part.delete();
  await context.sync();
  return true;
}

export type CompareOutcome =
  | {
      kind: "compared";
      meta: SnapshotMeta;
      changes: PlanChange[];
      /** Where each change is in the plan now (none for a removal). */
      locations: (ChangeLocation | undefined)[];
      source: "workbook" | "detected";
      uncertain: boolean;
    }
  | { kind: "missing" }
  | { kind: "unreadable"; summary: Exclude<SnapshotSummary, { kind: "ok" }> }
  | NotRead;

/**
 * What changed in the plan since a snapshot, as planDiff tells it. The part is looked up in the
 * read's first sync and its XML fetched after the read: the read's syncs and one more.
 */
export async function compareWithSnapshot(
  context: Excel.RequestContext,
  id: string,
  options: PlanOptions
): Promise<CompareOutcome> {
  const part = context.workbook.customXmlParts.getItemOrNullObject(id).load("namespaceUri");
  const read = await readPlan(context, options);
  if (read.kind !== "read") return read;
  if (part.isNullObject || part.namespaceUri !== SNAPSHOT_NAMESPACE) return { kind: "missing" };
  const [xml] = await readXml(context, [part]);
  const snapshot = decodeSnapshot(xml);
  if (snapshot.kind !== "ok") return { kind: "unreadable", summary: snapshot };
  const plan = buildPlan(read.snapshot, read.mapping);
  const changes = planDiff(fromState(snapshot.snapshot.plan), plan);
  const locate = locateChanges(plan);
  return {
    kind: "compared",
    meta: snapshot.snapshot.meta,
    changes,
    locations: changes.map(locate),
    source: read.source,
    uncertain: read.uncertain,
  };
}
