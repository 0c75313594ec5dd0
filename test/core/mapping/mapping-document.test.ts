import { readFileSync } from "node:fs";
import path from "node:path";
import { detectMapping } from "../../../src/core/mapping/detect";
import { MAPPING_SCHEMA } from "../../../src/core/mapping/mapping-schema";
import { validateMappingDocument } from "../../../src/core/mapping/validate-mapping";
import { englishPlan, persianPlan } from "../../fixtures/realistic-plans";

test("docs/mapping.schema.json is the schema the code checks against (npm run schema)", () => {
  const published = JSON.parse(
    readFileSync(path.resolve(__dirname, "../../../docs/mapping.schema.json"), "utf8")
  );
  expect(published).toEqual(JSON.parse(JSON.stringify(MAPPING_SCHEMA)));
});

test.each([
  ["Persian", persianPlan],
  ["English", englishPlan],
])("a detected %s mapping is a valid document", (_, plan) => {
  expect(
    validateMappingDocument(JSON.parse(JSON.stringify(detectMapping(plan()).mapping)))
  ).toMatchObject({ ok: true });
});

test("settings are part of the document", () => {
  const doc = {
    version: 1,
    roles: {
      goal: { sheet: "اهداف", headerRow: 3, columns: { id: { column: "B", header: "کد هدف" } } },
    },
    settings: {
      rules: { "weights-not-100": "off", "duplicate-id": "warning" },
      planPeriod: { start: "1402", end: "1406" },
      thresholds: { onTrack: 0.9, atRisk: 0.6 },
      kpiAggregation: "auto",
      tolerance: 0.01,
    },
  };
  expect(validateMappingDocument(doc)).toMatchObject({ ok: true });
});

test.each([
  ["a later version", { version: 2, roles: {} }, /version/],
  [
    "an unknown role",
    { version: 1, roles: { district: { sheet: "x", headerRow: 1, columns: {} } } },
    /additional properties \(district\)/,
  ],
  [
    "an unknown field",
    {
      version: 1,
      roles: { goal: { sheet: "x", headerRow: 1, columns: { colour: { column: "A" } } } },
    },
    /colour/,
  ],
  [
    "a column that is not letters",
    { version: 1, roles: { goal: { sheet: "x", headerRow: 1, columns: { id: { column: "1" } } } } },
    /\/roles\/goal\/columns\/id\/column/,
  ],
  [
    "header row 0",
    { version: 1, roles: { goal: { sheet: "x", headerRow: 0, columns: {} } } },
    /headerRow/,
  ],
  [
    "a severity that is not one",
    { version: 1, roles: {}, settings: { rules: { "duplicate-id": "fatal" } } },
    /rules/,
  ],
  ["not an object", "mapping", /must be object/],
])("%s is refused with a readable error", (_, doc, message) => {
  const result = validateMappingDocument(doc);
  expect(result.ok).toBe(false);
  expect(result.ok ? [] : result.errors.join("\n")).toMatch(message);
});
