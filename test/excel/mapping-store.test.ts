import { detectMapping } from "../../src/core/mapping/detect";
import {
  encodeStoredMapping,
  STORED_MAPPING_NAMESPACE,
} from "../../src/core/mapping/stored-mapping";
import {
  loadStoredMapping,
  saveStoredMapping,
  StoredMappingInTheWay,
} from "../../src/excel/mapping-store";
import { SimRequestContext } from "../../src/simulator/request-context";
import { ModelWorkbook, type ModelXmlPart } from "../../src/simulator/workbook-model";
import { generatePlan } from "../../tools/generate-plan";

const mapping = detectMapping(generatePlan(50)).mapping;
const other: ModelXmlPart = { id: "{other}", xml: '<note xmlns="urn:someone:else">keep</note>' };
const part = (xml: string, id = "{ours}"): ModelXmlPart => ({ id, xml });
const ours = (inner: string, version = 1) =>
  `<rahbord xmlns="${STORED_MAPPING_NAMESPACE}" version="${version}"><mapping>${inner}</mapping></rahbord>`;

function workbookWith(...parts: ModelXmlPart[]) {
  const model = new ModelWorkbook([], [other, ...parts]);
  const simulator = new SimRequestContext(model);
  return { model, simulator, context: simulator as unknown as Excel.RequestContext };
}

test("a workbook without a stored mapping gets one, which then loads back, in few syncs", async () => {
  const { model, simulator, context } = workbookWith();
  expect(await loadStoredMapping(context)).toEqual({ kind: "none" });
  expect(simulator.syncs).toHaveLength(1);
  await saveStoredMapping(context, mapping);
  expect(await loadStoredMapping(context)).toEqual({ kind: "ok", mapping });
  expect(simulator.syncs).toHaveLength(1 + 2 + 2);
  expect(model.customXmlParts).toHaveLength(2);
  expect(model.customXmlParts[0]).toBe(other);
});

test("saving again rewrites the part in place", async () => {
  const { model, context } = workbookWith(part(encodeStoredMapping(mapping)));
  const changed = { ...mapping, settings: { tolerance: 0.05 } };
  await saveStoredMapping(context, changed);
  expect(model.customXmlParts.map((p) => p.id)).toEqual(["{other}", "{ours}"]);
  expect(await loadStoredMapping(context)).toEqual({ kind: "ok", mapping: changed });
});

test.each([
  ["damaged", part(ours("{not json")), "corrupt"],
  ["from a newer Rahbord", part(ours("{}", 2)), "newer"],
])("a part %s is reported and never replaced without asking", async (_, stored, kind) => {
  const { model, context } = workbookWith(stored);
  expect(await loadStoredMapping(context)).toMatchObject({ kind });
  await expect(saveStoredMapping(context, mapping)).rejects.toBeInstanceOf(StoredMappingInTheWay);
  expect(model.customXmlParts).toEqual([other, stored]);
  await saveStoredMapping(context, mapping, { replace: true });
  expect(await loadStoredMapping(context)).toEqual({ kind: "ok", mapping });
  expect(model.customXmlParts).toHaveLength(2);
});

test("several parts in Rahbord's namespace are reported; replacing leaves one", async () => {
  const xml = encodeStoredMapping(mapping);
  const { model, context } = workbookWith(part(xml, "{a}"), part(xml, "{b}"));
  expect(await loadStoredMapping(context)).toEqual({ kind: "several", count: 2 });
  await expect(saveStoredMapping(context, mapping)).rejects.toThrow(/several/);
  await saveStoredMapping(context, mapping, { replace: true });
  expect(model.customXmlParts.filter((p) => p.xml.includes(STORED_MAPPING_NAMESPACE))).toHaveLength(
    1
  );
  expect(model.customXmlParts[0]).toBe(other);
});
