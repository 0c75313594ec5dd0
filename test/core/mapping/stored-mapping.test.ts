import type { MappingDocument } from "../../../src/core/mapping/mapping-document";
import {
  decodeStoredMapping,
  encodeStoredMapping,
  isStoredMappingPart,
  STORED_MAPPING_NAMESPACE,
} from "../../../src/core/mapping/stored-mapping";

const mapping: MappingDocument = {
  version: 1,
  roles: {
    goal: {
      sheet: 'اهداف <۱۴۰۳> & "R&D" ]]>',
      headerRow: 3,
      columns: { id: { column: "A", header: "کد هدف" }, title: { column: "B" } },
    },
  },
  settings: { planPeriod: { start: "1403", end: "1407" }, rules: { "weights-not-100": "off" } },
};

describe("the stored mapping part", () => {
  it("round-trips a mapping whose text holds XML specials", () => {
    const xml = encodeStoredMapping(mapping);
    expect(xml).toContain(`xmlns="${STORED_MAPPING_NAMESPACE}"`);
    expect(isStoredMappingPart(xml)).toBe(true);
    expect(decodeStoredMapping(xml)).toEqual({ kind: "ok", mapping });
  });

  it.each([
    ["not XML", "{not xml", /not a Rahbord mapping part/],
    ["another namespace", '<rahbord xmlns="urn:other" version="1"/>', /not a Rahbord/],
    [
      "no version",
      `<rahbord xmlns="${STORED_MAPPING_NAMESPACE}"><mapping>{}</mapping></rahbord>`,
      /version/,
    ],
    [
      "no mapping element",
      `<rahbord xmlns="${STORED_MAPPING_NAMESPACE}" version="1"/>`,
      /no <mapping>/,
    ],
    [
      "broken JSON",
      `<rahbord xmlns="${STORED_MAPPING_NAMESPACE}" version="1"><mapping>{"version":</mapping></rahbord>`,
      /not JSON/,
    ],
    [
      "a document the schema refuses",
      `<rahbord xmlns="${STORED_MAPPING_NAMESPACE}" version="1"><mapping>{"version":1}</mapping></rahbord>`,
      /roles/,
    ],
  ])("reports %s as corrupt, with the reason", (_, xml, reason) => {
    const read = decodeStoredMapping(xml);
    expect(read.kind).toBe("corrupt");
    expect(read.kind === "corrupt" && read.reason).toMatch(reason);
  });

  it("leaves a part from a newer Rahbord alone", () => {
    const xml = `<rahbord xmlns="${STORED_MAPPING_NAMESPACE}" version="7"><mapping>{}</mapping></rahbord>`;
    expect(decodeStoredMapping(xml)).toEqual({ kind: "newer", version: 7 });
  });

  it("does not take another add-in's part for Rahbord's", () => {
    expect(isStoredMappingPart('<x xmlns="urn:other"/>')).toBe(false);
    expect(isStoredMappingPart("")).toBe(false);
  });
});
