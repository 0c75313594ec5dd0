import { analyse } from "../../src/core/analyse";
import type { Finding } from "../../src/core/findings";
import { detectMapping } from "../../src/core/mapping/detect";
import { areaOfRange, areasOverlap } from "../../src/core/snapshot/address";
import { highlightFormula } from "../../src/core/report/highlight-plan";
import {
  clearHighlights,
  highlightFindings,
  MAX_SINGLE_AREA_HIGHLIGHTS,
} from "../../src/excel/highlight";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { dressAsUsersWorkbook, simulatedSample } from "../helpers/simulated-workbook";
import { userState } from "../helpers/workbook-state";

/** The Persian sample with defects, dressed as a user's workbook, and its findings. */
async function dressedSample() {
  const sample = await simulatedSample("plan-fa-with-defects.xlsx");
  const { model, context } = sample;
  const snapshot = await readSnapshot(context, { mergedAreas: true });
  const { findings } = analyse(snapshot, detectMapping(snapshot).mapping, { lang: "fa" });
  dressAsUsersWorkbook(model, findings[0].sheet, findings[0].row);
  sample.simulator.syncs.length = 0;
  return { ...sample, findings };
}

const ours = (model: Awaited<ReturnType<typeof dressedSample>>["model"]) =>
  model.sheets.flatMap((s) =>
    s.conditionalFormats
      .filter((f) => f.formula?.includes("rahbord"))
      .map((f) => ({ sheet: s.name, ...f }))
  );

test("highlight marks each finding's cell by severity; clear restores every sheet exactly; four syncs each", async () => {
  const { model, simulator, context, findings } = await dressedSample();
  const before = userState(model);

  const outcome = await highlightFindings(context, findings, { rangeAreas: true });
  expect(simulator.syncs).toHaveLength(4);
  const distinct = new Set(findings.map((f) => `${f.sheet}!${f.cell}`));
  expect(outcome).toMatchObject({ cells: distinct.size, removed: 0, capped: 0, missingSheets: [] });
  const marks = ours(model);
  expect(marks).toHaveLength(outcome.formats);
  // Every finding's cell is under a format of its most severe finding's colour.
  for (const f of findings) {
    const worst = findings
      .filter((g) => g.sheet === f.sheet && g.cell === f.cell)
      .map((g) => g.severity)
      .sort(
        (a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b)
      )[0];
    const cell = areaOfRange(f.cell)!;
    const covering = marks.filter(
      (m) => m.sheet === f.sheet && m.areas.some((a) => areasOverlap(a, cell))
    );
    expect(covering.map((m) => m.formula)).toEqual([highlightFormula(worst)]);
  }
  // The user's own conditional formats keep their order below Rahbord's.
  const sheet = model.sheet(findings[0].sheet)!;
  expect(sheet.conditionalFormats.slice(-2).map((f) => f.id)).toEqual(["{user-1}", "{user-2}"]);

  simulator.syncs.length = 0;
  expect(await clearHighlights(context)).toBe(outcome.formats);
  expect(simulator.syncs).toHaveLength(4);
  expect(userState(model)).toBe(before);
});

test("highlighting again replaces the earlier marks instead of adding to them", async () => {
  const { model, context, findings } = await dressedSample();
  const first = await highlightFindings(context, findings, { rangeAreas: true });
  const marks = ours(model).length;
  const second = await highlightFindings(context, findings.slice(1), { rangeAreas: true });
  expect(second.removed).toBe(first.formats);
  expect(ours(model).length).toBeLessThanOrEqual(marks);
  await highlightFindings(context, [], { rangeAreas: true });
  expect(ours(model)).toEqual([]);
});

test("without RangeAreas each area gets its own format, up to the cap, most severe first", async () => {
  const { model, context, findings } = await dressedSample();
  const sheet = findings[0].sheet;
  const many: Finding[] = Array.from({ length: MAX_SINGLE_AREA_HIGHLIGHTS + 20 }, (_, i) => ({
    ...findings[0],
    severity: i < 10 ? "info" : "error",
    cell: `${i % 2 ? "E" : "G"}${i + 2}`,
    row: i + 2,
  }));
  const outcome = await highlightFindings(context, many, { rangeAreas: false });
  expect(outcome).toMatchObject({
    formats: MAX_SINGLE_AREA_HIGHLIGHTS,
    cells: MAX_SINGLE_AREA_HIGHLIGHTS,
    capped: 20,
  });
  const marks = ours(model);
  expect(marks.every((m) => m.areas.length === 1 && m.sheet === sheet)).toBe(true);
  expect(marks.every((m) => m.formula === highlightFormula("error"))).toBe(true);
});

test("findings on a sheet that is gone are reported, the others marked", async () => {
  const { context, findings } = await dressedSample();
  const outcome = await highlightFindings(
    context,
    [findings[0], { ...findings[0], sheet: "Renamed since" }],
    { rangeAreas: true }
  );
  expect(outcome).toMatchObject({ cells: 1, formats: 1, missingSheets: ["Renamed since"] });
});
