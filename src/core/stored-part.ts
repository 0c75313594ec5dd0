import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Check } from "./mapping/validate-mapping";

/**
 * One of Rahbord's custom XML parts: a JSON value as the text of one element inside a versioned
 * root in Rahbord's namespace for it (`<rahbord xmlns="urn:rahbord:…" version="1"><element>…`).
 */
export interface PartFormat<T> {
  namespace: string;
  /** The envelope's version; the JSON inside may carry its own. */
  version: number;
  element: string;
  /** What the part holds, as reasons name it ("mapping"). */
  label: string;
  check: (value: unknown) => Check<T>;
}

export type StoredPartRead<T> =
  | { kind: "ok"; value: T }
  /** The part exists but cannot be used: reported, never silently dropped or overwritten. */
  | { kind: "corrupt"; reason: string }
  /** Written by a newer Rahbord: left alone. */
  | { kind: "newer"; version: number };

export function encodePart<T>(format: PartFormat<T>, value: T): string {
  const doc = new DOMParser().parseFromString(
    `<rahbord xmlns="${format.namespace}" version="${format.version}"><${format.element}/></rahbord>`,
    "text/xml"
  );
  const element = doc.getElementsByTagName(format.element)[0];
  element.appendChild(doc.createTextNode(JSON.stringify(value)));
  return `<?xml version="1.0" encoding="UTF-8"?>${new XMLSerializer().serializeToString(doc)}`;
}

/** Whether an XML text is the format's part (by its root's namespace), without judging its content. */
export function isPartOf(format: Pick<PartFormat<unknown>, "namespace">, xml: string): boolean {
  return parseRoot(xml)?.namespaceURI === format.namespace;
}

export function decodePart<T>(format: PartFormat<T>, xml: string): StoredPartRead<T> {
  const root = parseRoot(xml);
  if (!root || root.namespaceURI !== format.namespace || root.localName !== "rahbord")
    return { kind: "corrupt", reason: `not a Rahbord ${format.label} part` };
  const version = Number(root.getAttribute("version"));
  if (!Number.isInteger(version) || version < 1)
    return { kind: "corrupt", reason: `unknown part version "${root.getAttribute("version")}"` };
  if (version > format.version) return { kind: "newer", version };
  const element = root.getElementsByTagNameNS(format.namespace, format.element)[0];
  if (!element) return { kind: "corrupt", reason: `no <${format.element}> element` };
  let value: unknown;
  try {
    value = JSON.parse(element.textContent ?? "");
  } catch (error) {
    return {
      kind: "corrupt",
      reason: `the ${format.label} is not JSON (${(error as Error).message})`,
    };
  }
  const check = format.check(value);
  return check.ok
    ? { kind: "ok", value: check.value }
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
