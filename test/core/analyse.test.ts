import { analyse } from "../../src/core/analyse";
import { detectMapping } from "../../src/core/mapping/detect";
import { missingRequired } from "../../src/core/rules/missing-required";
import { runRules } from "../../src/core/rules/run-rules";
import { buildPlan } from "../../src/core/model/build-plan";
import { persianPlan } from "../fixtures/realistic-plans";
import { workbookOf } from "./rules/rule-tester";

test("analyse: the detected Persian plan validates, counts its findings and rolls up", () => {
  const snapshot = persianPlan();
  const { mapping } = detectMapping(snapshot);
  const result = analyse(snapshot, mapping, { lang: "fa" });
  expect(result.counts.errors + result.counts.warnings + result.counts.infos).toBe(
    result.findings.length
  );
  expect(result.findings.every((f) => /[\u0600-\u06ff]/.test(f.message))).toBe(true);
  expect(result.rollups.goals.map((g) => g.code)).toEqual(["ه-۱", "ه-۲"]);
  expect(result.rollups.budget.byYear.map((y) => y.year)).toEqual([1402, 1403, 1404]);
});

test("analyse takes the mapping's own settings unless given others", () => {
  const { snapshot, mapping } = workbookOf({
    goal: [
      ["id", "title"],
      ["G1", "a"],
      ["G1", "b"],
    ],
  });
  expect(analyse(snapshot, mapping).counts.errors).toBe(1);
  const off = { ...mapping, settings: { rules: { "duplicate-id": "off" as const } } };
  expect(analyse(snapshot, off).counts.errors).toBe(0);
  expect(analyse(snapshot, off, { config: {} }).counts.errors).toBe(1);
});

test("findings on one row are ordered by column number (C before AB)", () => {
  const row = (cells: Record<number, string>) =>
    Array.from({ length: 28 }, (_, i) => cells[i] ?? null);
  const { snapshot, mapping } = workbookOf({
    goal: [row({ 2: "id", 27: "title" }), row({ 5: "only a note on this row" })],
  });
  mapping.roles.goal!.columns.note = { column: "F" };
  const findings = runRules(buildPlan(snapshot, mapping), [missingRequired]);
  expect(findings.map((f) => f.cell)).toEqual(["C2", "AB2"]);
});
