import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import { checker } from "../mapping/validate-mapping";
import { decodePart, encodePart, type PartFormat } from "../stored-part";
import { fromBase64, toBase64 } from "./base64";
import { checkPlanState, PLAN_STATE_SCHEMA, type PlanState } from "./plan-state";

/**
 * Review snapshots: each one its own custom XML part in this namespace (a workbook holds several),
 * `<rahbord xmlns="urn:rahbord:snapshot" version="1"><snapshot>{JSON}</snapshot></rahbord>`.
 */
export const SNAPSHOT_NAMESPACE = "urn:rahbord:snapshot";
const PART_VERSION = 1;
/** The version of the JSON inside (meta.format): what this Rahbord writes and reads. */
export const SNAPSHOT_FORMAT = 1;

/** Above this much JSON the plan is stored deflated: parts stay small in the file and in requests. */
export const COMPRESS_ABOVE = 32 * 1024;
/** A part must go to Excel in one request, which Excel on the web refuses above 5 MB. */
export const MAX_PART_BYTES = 4 * 1024 * 1024;

export interface SnapshotMeta {
  label: string;
  /** The review date as an ISO day (2026-03-21); the pane shows it in the reader's calendar. */
  reviewDate: string;
  /** When the snapshot was taken, ISO date and time. */
  takenAt: string;
  format: number;
}

export interface Snapshot {
  meta: SnapshotMeta;
  plan: PlanState;
}

/** As stored: the plan as JSON, or deflated (raw DEFLATE) in base64 with its inflated size. */
type Stored = { meta: SnapshotMeta } & ({ plan: PlanState } | { deflated: string; bytes: number });

const META_SCHEMA = {
  type: "object",
  required: ["label", "reviewDate", "takenAt", "format"],
  additionalProperties: false,
  properties: {
    label: { type: "string" },
    reviewDate: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
    takenAt: { type: "string", minLength: 1 },
    format: { type: "integer", minimum: 1 },
  },
} as const;

/** Only the format is checked first: a newer one is left alone, not judged by this schema. */
const checkFormat = checker<{ meta: { format: number } }>({
  type: "object",
  required: ["meta"],
  properties: {
    meta: {
      type: "object",
      required: ["format"],
      properties: { format: { type: "integer", minimum: 1 } },
    },
  },
});

const checkPlain = checker<Extract<Stored, { plan: PlanState }>>({
  type: "object",
  required: ["meta", "plan"],
  additionalProperties: false,
  properties: { meta: META_SCHEMA, plan: PLAN_STATE_SCHEMA },
});

const checkDeflated = checker<Extract<Stored, { deflated: string }>>({
  type: "object",
  required: ["meta", "deflated", "bytes"],
  additionalProperties: false,
  properties: {
    meta: META_SCHEMA,
    deflated: { type: "string" },
    bytes: { type: "integer", minimum: 0 },
  },
});

const PART: PartFormat<{ meta: { format: number } }> = {
  namespace: SNAPSHOT_NAMESPACE,
  version: PART_VERSION,
  element: "snapshot",
  label: "snapshot",
  check: checkFormat,
};

export type EncodedSnapshot =
  | { kind: "ok"; xml: string; bytes: number; compressed: boolean; jsonBytes: number }
  /** Even deflated, the part would not fit in one request to Excel. */
  | { kind: "too-large"; bytes: number; limit: number };

/** The bytes of a text in UTF-8, as a part travels to Excel and sits in the file. */
export const partBytes = (text: string) => strToU8(text).length;

export function encodeSnapshot(snapshot: Snapshot): EncodedSnapshot {
  const planJson = strToU8(JSON.stringify(snapshot.plan));
  const jsonBytes = partBytes(JSON.stringify(snapshot));
  const compressed = jsonBytes > COMPRESS_ABOVE;
  const stored: Stored = compressed
    ? { meta: snapshot.meta, deflated: toBase64(deflateSync(planJson)), bytes: planJson.length }
    : snapshot;
  const xml = encodePart(PART, stored);
  const bytes = partBytes(xml);
  return bytes > MAX_PART_BYTES
    ? { kind: "too-large", bytes, limit: MAX_PART_BYTES }
    : { kind: "ok", xml, bytes, compressed, jsonBytes };
}

export type SnapshotRead =
  | { kind: "ok"; snapshot: Snapshot; compressed: boolean }
  /** Unusable, with why; the label and date when they could still be read. */
  | { kind: "corrupt"; reason: string; meta?: SnapshotMeta }
  /** Written by a newer Rahbord: left alone. */
  | { kind: "newer"; version: number };

/** The plan of a deflated snapshot, or why it cannot be had. */
function inflated(deflated: string, size: number): PlanState | string {
  const bytes = fromBase64(deflated);
  if (!bytes) return "the compressed plan is not base64";
  let json: string;
  try {
    const out = inflateSync(bytes);
    if (out.length !== size)
      return `the compressed plan inflates to ${out.length} bytes, not ${size}`;
    json = strFromU8(out);
  } catch (error) {
    return `the compressed plan cannot be inflated (${(error as Error).message})`;
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return `the compressed plan is not JSON (${(error as Error).message})`;
  }
  const check = checkPlanState(value);
  return check.ok ? check.value : check.errors.map((e) => `/plan${e}`).join("; ");
}

/** A snapshot part read back; a damaged one gives its reason, never an exception. */
export function decodeSnapshot(xml: string): SnapshotRead {
  const read = decodePart(PART, xml);
  if (read.kind !== "ok") return read;
  const { format } = read.value.meta;
  if (format > SNAPSHOT_FORMAT) return { kind: "newer", version: format };
  if (!("deflated" in read.value)) {
    const plain = checkPlain(read.value);
    return plain.ok
      ? { kind: "ok", snapshot: plain.value, compressed: false }
      : { kind: "corrupt", reason: plain.errors.join("; ") };
  }
  const check = checkDeflated(read.value);
  if (!check.ok) return { kind: "corrupt", reason: check.errors.join("; ") };
  const { meta, deflated, bytes } = check.value;
  const plan = inflated(deflated, bytes);
  return typeof plan === "string"
    ? { kind: "corrupt", reason: plan, meta }
    : { kind: "ok", snapshot: { meta, plan }, compressed: true };
}
