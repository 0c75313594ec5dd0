import { DOMParser } from "@xmldom/xmldom";
import type JSZip from "jszip";

/** Namespace of relationship parts (`_rels/*.rels`). */
export const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
/** Namespace of `r:id` attributes and prefix of relationship types. */
export const OFFICE_RELATIONSHIPS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Namespace of SpreadsheetML parts (workbook.xml, the sheets). */
export const SPREADSHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export interface Relationship {
  type: string;
  /** A path inside the package, or the target as written for an external one (a URL). */
  target: string;
}

export function parseXml(text: string) {
  return new DOMParser().parseFromString(text, "text/xml");
}

/** A part of the package, parsed; undefined when the package has no such part. */
export async function readXml(zip: JSZip, path: string) {
  const text = await zip.file(path)?.async("string");
  return text === undefined ? undefined : parseXml(text);
}

/** "xl/worksheets/../tables/t.xml" → "xl/tables/t.xml"; a leading "/" is the package root. */
function resolvePath(folder: string, target: string): string {
  const path: string[] = [];
  for (const step of (target.startsWith("/") ? target.slice(1) : folder + target).split("/"))
    if (step === "..") path.pop();
    else if (step !== ".") path.push(step);
  return path.join("/");
}

/** A part's relationships by id, read from its `_rels/<name>.rels` part. */
export async function relationshipsOf(
  zip: JSZip,
  part: string
): Promise<Map<string, Relationship>> {
  const folder = part.slice(0, part.lastIndexOf("/") + 1);
  const rels = await readXml(zip, `${folder}_rels/${part.slice(folder.length)}.rels`);
  const found = new Map<string, Relationship>();
  for (const r of Array.from(
    rels?.getElementsByTagNameNS(PACKAGE_RELATIONSHIPS, "Relationship") ?? []
  )) {
    const target = r.getAttribute("Target") ?? "";
    const external = r.getAttribute("TargetMode") === "External";
    found.set(r.getAttribute("Id") ?? "", {
      type: r.getAttribute("Type") ?? "",
      target: external ? target : resolvePath(folder, target),
    });
  }
  return found;
}

/** Text made safe for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch]!
  );
}

/** Adds `xml` to a part just before its closing `tag` ("</Types>"), where lists of entries end. */
export async function insertBefore(zip: JSZip, part: string, tag: string, xml: string) {
  const text = await zip.file(part)!.async("string");
  const at = text.lastIndexOf(tag);
  zip.file(part, text.slice(0, at) + xml + text.slice(at));
}

/** Each sheet's part ("xl/worksheets/sheet1.xml") by the sheet's name, as workbook.xml lists them. */
export async function sheetPartsByName(zip: JSZip): Promise<Map<string, string>> {
  const targets = await relationshipsOf(zip, "xl/workbook.xml");
  const workbook = await readXml(zip, "xl/workbook.xml");
  const parts = new Map<string, string>();
  for (const sheet of Array.from(workbook?.getElementsByTagNameNS(SPREADSHEET, "sheet") ?? [])) {
    const part = targets.get(sheet.getAttributeNS(OFFICE_RELATIONSHIPS, "id") ?? "");
    if (part) parts.set(sheet.getAttribute("name") ?? "", part.target);
  }
  return parts;
}
