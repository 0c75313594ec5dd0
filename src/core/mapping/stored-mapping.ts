import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { MappingDocument } from "./mapping-document";
import { validateMappingDocument } from "./validate-mapping";

/**
 * The custom XML part in which a workbook carries its mapping and rule settings (docs/stored-mapping.md).
 * The add-in finds it by namespace; the CLI by the namespace of each customXml/item*.xml.
 */
export const STORED_MAPPING_NAMESPACE = "urn:rahbord:mapping";
/** Version of the part's envelope; the mapping document inside has its own `version`. */
export const STORED_PART_VERSION = 1;

export type StoredMappingRead =
  | { kind: "ok"; mapping: MappingDocument }
  /** The part exists but cannot be used: reported, never silently dropped or overwritten. */
  | { kind: "corrupt"; reason: string }
  /** Written by a newer Rahbord: left alone. */
  | { kind: "newer"; version: number };

/** The part's XML: the mapping document as JSON text inside a versioned, namespaced root. */
export function encodeStoredMapping(mapping: MappingDocument): string {
  const doc = new DOMParser().parseFromString(
    `<rahbord xmlns="${STORED_MAPPING_NAMESPACE}" version="${STORED_PART_VERSION}"><mapping/></rahbord>`,
    "text/xml"
  );
  const element = doc.getElementsByTagName("mapping")[0];
  element.appendChild(doc.createTextNode(JSON.stringify(mapping)));
  return `<?xml version="1.0" encoding="UTF-8"?>${new XMLSerializer().serializeToString(doc)}`;
}

/** Whether an XML text is Rahbord's part (by its root's namespace), without judging its content. */
export function isStoredMappingPart(xml: string): boolean {
  return parseRoot(xml)?.namespaceURI === STORED_MAPPING_NAMESPACE;
}

export function decodeStoredMapping(xml: string): StoredMappingRead {
  const root = parseRoot(xml);
  if (!root || root.namespaceURI !== STORED_MAPPING_NAMESPACE || root.localName !== "rahbord")
    return { kind: "corrupt", reason: "not a Rahbord mapping part" };
  const version = Number(root.getAttribute("version"));
  if (!Number.isInteger(version) || version < 1)
    return { kind: "corrupt", reason: `unknown part version "${root.getAttribute("version")}"` };
  if (version > STORED_PART_VERSION) return { kind: "newer", version };
  const element = root.getElementsByTagNameNS(STORED_MAPPING_NAMESPACE, "mapping")[0];
  if (!element) return { kind: "corrupt", reason: "no <mapping> element" };
  let value: unknown;
  try {
    value = JSON.parse(element.textContent ?? "");
  } catch (error) {
    return { kind: "corrupt", reason: `the mapping is not JSON (${(error as Error).message})` };
  }
  const check = validateMappingDocument(value);
  return check.ok
    ? { kind: "ok", mapping: check.value }
    : { kind: "corrupt", reason: check.errors.join("; ") };
}

function parseRoot(xml: string) {
  try {
    return new DOMParser({ onError: () => undefined }).parseFromString(xml, "text/xml")
      .documentElement;
  } catch {
    return null; // xmldom throws on fatal errors such as a missing root element
  }
}
