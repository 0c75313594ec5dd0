import { deflateSync, strToU8 } from "fflate";
import { planDiff } from "../../../src/core/compare/plan-diff";
import { detectMapping } from "../../../src/core/mapping/detect";
import { buildPlan } from "../../../src/core/model/build-plan";
import { fromBase64, toBase64 } from "../../../src/core/review/base64";
import { fromState, toState, type PlanState } from "../../../src/core/review/plan-state";
import {
  COMPRESS_ABOVE,
  decodeSnapshot,
  encodeSnapshot,
  MAX_PART_BYTES,
  SNAPSHOT_NAMESPACE,
  type SnapshotMeta,
} from "../../../src/core/review/snapshot-part";
import { generatePlan } from "../../../tools/generate-plan";

const meta: SnapshotMeta = {
  label: "بازبینی میان‌سال <۱۴۰۵>",
  reviewDate: "2026-03-21",
  takenAt: "2026-03-21T08:00:00.000Z",
  format: 1,
};

function generated(rows: number) {
  const snapshot = generatePlan(rows);
  return buildPlan(snapshot, detectMapping(snapshot).mapping);
}

const escaped = (json: string) =>
  json.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const envelope = (json: string, version = 1) =>
  `<rahbord xmlns="${SNAPSHOT_NAMESPACE}" version="${version}"><snapshot>${escaped(json)}</snapshot></rahbord>`;

test("a small plan is stored as plain JSON and read back the same", () => {
  const plan: PlanState = toState(generated(40));
  const encoded = encodeSnapshot({ meta, plan });
  expect(encoded).toMatchObject({ kind: "ok", compressed: false });
  if (encoded.kind !== "ok") return;
  expect(encoded.jsonBytes).toBeLessThanOrEqual(COMPRESS_ABOVE);
  expect(encoded.xml).toContain(`xmlns="${SNAPSHOT_NAMESPACE}"`);
  expect(encoded.xml).toContain('"plan":{');
  expect(decodeSnapshot(encoded.xml)).toEqual({
    kind: "ok",
    snapshot: { meta, plan },
    compressed: false,
  });
});

test("a large plan is stored deflated in base64, several times smaller, and read back the same", () => {
  const plan = generated(2000);
  const state = toState(plan);
  const encoded = encodeSnapshot({ meta, plan: state });
  expect(encoded).toMatchObject({ kind: "ok", compressed: true });
  if (encoded.kind !== "ok") return;
  expect(encoded.jsonBytes).toBeGreaterThan(COMPRESS_ABOVE);
  expect(encoded.bytes * 4).toBeLessThan(encoded.jsonBytes);
  expect(encoded.xml).toMatch(/"deflated":"[A-Za-z0-9+/]+=*","bytes":\d+/);
  expect(encoded.xml).not.toContain('"plan"');
  const read = decodeSnapshot(encoded.xml);
  expect(read).toEqual({ kind: "ok", snapshot: { meta, plan: state }, compressed: true });
  if (read.kind === "ok") expect(planDiff(fromState(read.snapshot.plan), plan)).toEqual([]);
});

test("a plan that would not fit in one request even deflated is refused", () => {
  // Random codes do not compress: a plan of them passes the limit.
  let seed = 7;
  const noise = () =>
    Array.from({ length: 40 }, () => ((seed = (seed * 48271) % 2147483647) % 36).toString(36)).join(
      ""
    );
  const plan: PlanState = {
    mapped: ["goal"],
    policies: [],
    goals: Array.from({ length: 70_000 }, () => ({ code: noise(), title: noise() })),
    initiatives: [],
    kpis: [],
    budget: [],
  };
  const encoded = encodeSnapshot({ meta, plan });
  expect(encoded).toEqual({
    kind: "too-large",
    bytes: expect.any(Number),
    limit: MAX_PART_BYTES,
  });
  if (encoded.kind === "too-large") expect(encoded.bytes).toBeGreaterThan(MAX_PART_BYTES);
});

describe("a damaged part gives its reason and never throws", () => {
  const plan = toState(generated(40));
  const deflated = (json: string) => toBase64(deflateSync(strToU8(json)));
  const compressedWith = (data: string, bytes: number) =>
    envelope(JSON.stringify({ meta, deflated: data, bytes }));
  const good = JSON.stringify(plan);

  test.each([
    ["not XML", "{not xml", /not a Rahbord snapshot part/],
    [
      "another namespace",
      '<rahbord xmlns="urn:other" version="1"/>',
      /not a Rahbord snapshot part/,
    ],
    ["not JSON", envelope("{oops"), /the snapshot is not JSON/],
    ["without meta", envelope(JSON.stringify({ plan })), /meta/],
    [
      "a bad review date",
      envelope(JSON.stringify({ meta: { ...meta, reviewDate: "1405/1/1" }, plan })),
      /reviewDate/,
    ],
    [
      "a plan of the wrong shape",
      envelope(JSON.stringify({ meta, plan: { ...plan, goals: "G1" } })),
      /\/plan\/goals must be array/,
    ],
    [
      "base64 with a stray character",
      compressedWith(`${deflated(good).slice(0, 40)}!`, good.length),
      /not base64/,
    ],
    [
      "base64 that is not deflate",
      compressedWith(toBase64(strToU8("hello, not deflated")), 19),
      /cannot be inflated|inflates to/,
    ],
    [
      "deflated text that is not JSON",
      compressedWith(deflated("{broken"), 7),
      /compressed plan is not JSON/,
    ],
    [
      "the wrong size",
      compressedWith(deflated(good), good.length + 1),
      /inflates to \d+ bytes, not \d+/,
    ],
    [
      "a truncated stream",
      compressedWith(deflated(good).slice(0, 200), good.length),
      /cannot be inflated|inflates to|not base64/,
    ],
    [
      "deflated JSON of the wrong shape",
      compressedWith(deflated('{"goals":1}'), 11),
      /\/plan.* must have required property/,
    ],
  ])("%s", (_, xml, reason) => {
    const read = decodeSnapshot(xml);
    expect(read.kind).toBe("corrupt");
    if (read.kind === "corrupt") expect(read.reason).toMatch(reason);
  });

  test("a damaged compressed plan still tells its label", () => {
    const read = decodeSnapshot(compressedWith("AAAA", 10));
    expect(read).toMatchObject({ kind: "corrupt", meta });
  });

  test("a part of a newer format or envelope is left alone as newer", () => {
    expect(decodeSnapshot(envelope(JSON.stringify({ meta: { format: 2 }, x: 1 })))).toEqual({
      kind: "newer",
      version: 2,
    });
    expect(decodeSnapshot(envelope("{}", 3))).toEqual({ kind: "newer", version: 3 });
  });
});

test("base64 round-trips every length and refuses what is not base64", () => {
  for (let n = 0; n < 12; n++) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) % 256);
    const text = toBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString("base64"));
    expect(fromBase64(text)).toEqual(bytes);
  }
  expect(fromBase64("abc")).toBeUndefined();
  expect(fromBase64("ab=c")).toBeUndefined();
  expect(fromBase64("ab\ncd==")).toBeUndefined(); // 6 characters: not whole quadruples
  expect(fromBase64("ab\ncd\nefgh")).toEqual(Uint8Array.from(Buffer.from("abcdefgh", "base64")));
});
