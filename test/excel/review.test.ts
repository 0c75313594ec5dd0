import { CHANGE_REPORT_SHEET_NAMES } from "../../src/core/review/change-report";
import { SNAPSHOT_NAMESPACE } from "../../src/core/review/snapshot-part";
import {
  compareWithSnapshot,
  deleteSnapshot,
  listSnapshots,
  takeSnapshot,
} from "../../src/excel/review-snapshots";
import { CHANGES_TABLE, writeChangeReport } from "../../src/excel/write-change-report";
import type { ModelWorkbook } from "../../src/simulator/workbook-model";
import { simulatedSample } from "../helpers/simulated-workbook";
import { userState } from "../helpers/workbook-state";

const options = { mergedAreas: true };
const now = new Date(Date.UTC(2026, 2, 21, 8, 0));

/** What a planner does between two reviews, cell by cell, in samples/plan-en.xlsx. */
function edit(model: ModelWorkbook) {
  const set = (sheet: string, row: number, column: number, value: string | number) =>
    model.sheet(sheet)!.setCell(row, column, { value });
  set("Goals", 6, 3, "Mechanised collection in every southern district"); // retitle G1.1
  set("Initiatives", 7, 3, "G2"); // re-parent I3 from G1.2 to G2
  set("KPIs", 9, 9, 80); // K5's target: 75 → 80
  set("Budget", 5, 5, 125); // I1's approved budget for 2023: 120 → 125
  ["K13", "Share of complaints answered in a week", "G2", "", "", "%", "Increase", 40, 90].forEach(
    (value, i) => value !== "" && set("KPIs", 17, i + 1, value)
  ); // a new KPI row
  for (let column = 1; column <= 9; column++) model.sheet("Goals")!.deleteCell(10, column); // G4 goes
}

async function snapshotted() {
  const { model, simulator, context } = await simulatedSample("plan-en.xlsx");
  const taken = await takeSnapshot(context, {
    ...options,
    label: "Mid-year",
    reviewDate: "2026-03-21",
    now,
  });
  if (taken.kind !== "taken") throw new Error(taken.kind);
  return { model, simulator, context, taken };
}

test("snapshot, edits, compare: exactly the edits are found, in few syncs", async () => {
  const { model, simulator, context, taken } = await snapshotted();
  expect(simulator.syncs).toHaveLength(3 + 1); // the plan's read (two, one chunk), the part
  expect(taken.entry.summary).toEqual({
    kind: "ok",
    compressed: false,
    meta: { label: "Mid-year", reviewDate: "2026-03-21", takenAt: now.toISOString(), format: 1 },
  });
  expect(model.customXmlParts.map((p) => p.id)).toEqual([taken.entry.id]);
  expect(simulator.largest().requestBytes).toBeGreaterThan(taken.entry.bytes); // the part, sent once

  edit(model);
  const syncs = simulator.syncs.length;
  const compared = await compareWithSnapshot(context, taken.entry.id, options);
  expect(simulator.syncs.length - syncs).toBe(3 + 1); // the read, and the part's XML
  if (compared.kind !== "compared") throw new Error(compared.kind);
  expect(compared.changes).toEqual([
    {
      entity: "goal",
      code: "G1.1",
      kind: "retitled",
      before: "Mechanised waste collection in the southern districts",
      after: "Mechanised collection in every southern district",
    },
    {
      entity: "goal",
      code: "G4",
      kind: "removed",
      before: "Lower the full cost of green space and fleet upkeep",
    },
    {
      entity: "initiative",
      code: "I1",
      kind: "approved",
      before: expect.any(Number),
      after: expect.any(Number),
    },
    { entity: "initiative", code: "I3", kind: "reparented", before: "G1.2", after: "G2" },
    { entity: "kpi", code: "K5", kind: "target", before: 75, after: 80 },
    { entity: "kpi", code: "K13", kind: "added", after: "Share of complaints answered in a week" },
  ]);
  const approved = compared.changes[2];
  expect(Number(approved.after) - Number(approved.before)).toBe(5);
  expect(compared.locations).toEqual([
    { sheet: "Goals", cell: "C6" },
    undefined,
    { sheet: "Initiatives", cell: "A5" },
    { sheet: "Initiatives", cell: "C7" },
    { sheet: "KPIs", cell: "I9" },
    { sheet: "KPIs", cell: "A17" },
  ]);
});

test("an unchanged plan compares clean; a gone or foreign part is missing, a damaged one unreadable", async () => {
  const { model, context, taken } = await snapshotted();
  const clean = await compareWithSnapshot(context, taken.entry.id, options);
  expect(clean).toMatchObject({ kind: "compared", changes: [] });
  expect(await compareWithSnapshot(context, "{no-such-part}", options)).toEqual({
    kind: "missing",
  });
  model.customXmlParts.push({ id: "{other}", xml: '<note xmlns="urn:someone:else">keep</note>' });
  expect(await compareWithSnapshot(context, "{other}", options)).toEqual({ kind: "missing" });
  model.customXmlParts[0].xml = `<rahbord xmlns="${SNAPSHOT_NAMESPACE}" version="1"><snapshot>{</snapshot></rahbord>`;
  expect(await compareWithSnapshot(context, taken.entry.id, options)).toMatchObject({
    kind: "unreadable",
    summary: { kind: "corrupt", reason: expect.stringMatching(/not JSON/) },
  });
});

test("snapshots are listed with label, size and compression, unreadable ones with why; delete removes one", async () => {
  const { model, simulator, context, taken } = await snapshotted();
  const second = await takeSnapshot(context, {
    ...options,
    label: "Year end",
    reviewDate: "2027-03-20",
    now,
  });
  const other = { id: "{other}", xml: '<note xmlns="urn:someone:else">keep</note>' };
  const damaged = {
    id: "{damaged}",
    xml: `<rahbord xmlns="${SNAPSHOT_NAMESPACE}" version="1"><snapshot>{"meta":{"format":1}}</snapshot></rahbord>`,
  };
  model.customXmlParts.push(other, damaged);

  const syncs = simulator.syncs.length;
  const list = await listSnapshots(context);
  expect(simulator.syncs.length - syncs).toBe(2);
  expect(list.map((e) => [e.id, e.summary.kind])).toEqual([
    [taken.entry.id, "ok"],
    [second.kind === "taken" && second.entry.id, "ok"],
    ["{damaged}", "corrupt"],
  ]);
  expect(list[0]).toEqual(taken.entry);
  expect(list[0].bytes).toBe(Buffer.byteLength(model.customXmlParts[0].xml));
  expect(list[2].summary).toMatchObject({ reason: expect.stringMatching(/label/) });

  expect(await deleteSnapshot(context, "{other}")).toBe(false);
  const before = simulator.syncs.length;
  expect(await deleteSnapshot(context, taken.entry.id)).toBe(true);
  expect(simulator.syncs.length - before).toBe(2);
  expect(await deleteSnapshot(context, taken.entry.id)).toBe(false);
  expect(model.customXmlParts.map((p) => p.id)).toEqual([
    second.kind === "taken" && second.entry.id,
    "{other}",
    "{damaged}",
  ]);
});

test("many large snapshots are listed in halves when one response would pass 5 MB", async () => {
  const { model, simulator, context } = await simulatedSample("plan-en.xlsx");
  // Parts of 1.5 MB (stored plain, as a hand-made part may be): four are over the limit together.
  const meta = { label: "big", reviewDate: "2026-03-21", takenAt: now.toISOString(), format: 1 };
  const plan = { mapped: [], goals: [], initiatives: [], kpis: [], budget: [] };
  const policies = [{ code: "P1", title: "x".repeat(1_500_000) }];
  const plain = `<rahbord xmlns="${SNAPSHOT_NAMESPACE}" version="1"><snapshot>${JSON.stringify({
    meta,
    plan: { ...plan, policies },
  })}</snapshot></rahbord>`;
  for (let i = 0; i < 4; i++) model.customXmlParts.push({ id: `{big-${i}}`, xml: plain });
  const list = await listSnapshots(context);
  expect(list.map((e) => e.summary.kind)).toEqual(["ok", "ok", "ok", "ok"]);
  // One sync for the ids, one refused, then two halves of two parts (3 MB each).
  expect(simulator.syncs).toHaveLength(1 + 1 + 2);
});

describe("the change report", () => {
  async function compared() {
    const setup = await snapshotted();
    edit(setup.model);
    // A title that looks like a formula must land as text.
    setup.model.sheet("Goals")!.setCell(5, 3, { value: "=1+2 is not a formula" });
    const result = await compareWithSnapshot(setup.context, setup.taken.entry.id, options);
    if (result.kind !== "compared") throw new Error(result.kind);
    return { ...setup, result };
  }
  const input = (result: Awaited<ReturnType<typeof compared>>["result"], lang: "fa" | "en") => ({
    changes: result.changes,
    locations: result.locations,
    since: result.meta,
    lang,
    comparedAt: now,
    readingOrder: true,
  });

  test("is written in two syncs, as text, with links, and leaves the user's sheets alone", async () => {
    const { model, simulator, context, result } = await compared();
    const before = userState(model, CHANGE_REPORT_SHEET_NAMES);
    const syncs = simulator.syncs.length;
    const { sheet, carried } = await writeChangeReport(context, input(result, "en"));
    expect(simulator.syncs.length - syncs).toBe(2);
    expect([sheet, carried]).toEqual(["Rahbord changes", 0]);
    expect(userState(model, CHANGE_REPORT_SHEET_NAMES)).toBe(before);

    const report = model.sheet(sheet)!;
    expect(report.cell(2, 1)?.value).toBe("Changes since «Mid-year», reviewed 2026-03-21");
    const { table } = model.table(CHANGES_TABLE)!;
    expect(table.area).toEqual({ top: 5, left: 1, bottom: 5 + result.changes.length, right: 7 });
    const row = (r: number) => Array.from({ length: 7 }, (_, c) => report.cell(r, c + 1));
    expect(row(5).map((c) => c?.value)).toEqual([
      "Entity",
      "Code",
      "Change",
      "Before",
      "After",
      "Justification",
      "Go to",
    ]);
    const retitled = result.changes.findIndex((c) => c.code === "G1");
    const g1 = row(6 + retitled);
    expect(g1.slice(0, 5).map((c) => c?.value)).toEqual([
      "Goal",
      "G1",
      "retitled",
      "Extend waste services in under-served districts",
      "=1+2 is not a formula",
    ]);
    expect(g1[4]?.formula).toBeUndefined();
    expect(g1[6]?.formula).toBe(`=HYPERLINK("#'Goals'!C5","Goals!C5")`);
    const target = row(6 + result.changes.findIndex((c) => c.kind === "target"));
    expect([target[3]?.value, target[4]?.value]).toEqual([75, 80]);
    expect(model.active?.name).toBe(sheet);
  });

  test("keeps the justifications typed in it when written again, in either language", async () => {
    const { model, simulator, context, result } = await compared();
    await writeChangeReport(context, input(result, "en"));
    const report = model.sheet("Rahbord changes")!;
    const rowOf = (code: string) => 6 + result.changes.findIndex((c) => c.code === code);
    report.setCell(rowOf("I3"), 6, { value: "Moved under street cleaning by the council" });
    report.setCell(rowOf("K5"), 6, { value: "-5 % was too cautious" });
    report.setCell(30, 2, { value: "a note of the user's, below the table" });

    const syncs = simulator.syncs.length;
    const again = await writeChangeReport(context, input(result, "fa"));
    expect(simulator.syncs.length - syncs).toBe(3);
    expect(again).toEqual({ sheet: "تغییرات راهبرد", carried: 2 });
    expect(model.sheet("Rahbord changes")).toBeUndefined();
    const fa = model.sheet("تغییرات راهبرد")!;
    expect(fa.cell(rowOf("I3"), 6)?.value).toBe("Moved under street cleaning by the council");
    expect(fa.cell(rowOf("K5"), 6)).toMatchObject({ value: "-5 % was too cautious" });
    expect(fa.cell(rowOf("K5"), 6)?.formula).toBeUndefined();
    expect(fa.cell(rowOf("G1.1"), 6)?.value).toBe("");
    expect(fa.cell(1, 1)?.readingOrder).toBe("RightToLeft");
    expect(fa.cell(2, 1)?.value).toBe("تغییرات از «Mid-year»، بازبینی ۱۴۰۵/۰۱/۰۱");
  });

  test("with no changes says so in one row", async () => {
    const { context, model, taken } = await snapshotted();
    const result = await compareWithSnapshot(context, taken.entry.id, options);
    if (result.kind !== "compared") throw new Error(result.kind);
    await writeChangeReport(context, input(result, "en"));
    expect(model.sheet("Rahbord changes")!.cell(6, 1)?.value).toBe("No changes.");
    expect(model.table(CHANGES_TABLE)?.table.area.bottom).toBe(6);
  });
});
