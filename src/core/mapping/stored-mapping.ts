import {
  decodePart,
  encodePart,
  isPartOf,
  type PartFormat,
  type StoredPartRead,
} from "../stored-part";
import type { MappingDocument } from "./mapping-document";
import { validateMappingDocument } from "./validate-mapping";

/**
 * The custom XML part in which a workbook carries its mapping and rule settings (docs/stored-mapping.md).
 * The add-in finds it by namespace; the CLI by the namespace of each customXml/item*.xml.
 */
export const STORED_MAPPING_NAMESPACE = "urn:rahbord:mapping";
/** Version of the part's envelope; the mapping document inside has its own `version`. */
export const STORED_PART_VERSION = 1;

const MAPPING_PART: PartFormat<MappingDocument> = {
  namespace: STORED_MAPPING_NAMESPACE,
  version: STORED_PART_VERSION,
  element: "mapping",
  label: "mapping",
  check: validateMappingDocument,
};

export type StoredMappingRead =
  | { kind: "ok"; mapping: MappingDocument }
  | Exclude<StoredPartRead<MappingDocument>, { kind: "ok" }>;

/** The part's XML: the mapping document as JSON text inside a versioned, namespaced root. */
export function encodeStoredMapping(mapping: MappingDocument): string {
  return encodePart(MAPPING_PART, mapping);
}

/** Whether an XML text is Rahbord's part (by its root's namespace), without judging its content. */
export function isStoredMappingPart(xml: string): boolean {
  return isPartOf(MAPPING_PART, xml);
}

export function decodeStoredMapping(xml: string): StoredMappingRead {
  const read = decodePart(MAPPING_PART, xml);
  return read.kind === "ok" ? { kind: "ok", mapping: read.value } : read;
}
