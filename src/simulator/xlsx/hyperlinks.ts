import type JSZip from "jszip";
import { areaOfRange } from "../../core/snapshot/address";
import type { ModelHyperlink } from "../workbook-model";
import { OFFICE_RELATIONSHIPS, parseXml, relationshipsOf, SPREADSHEET } from "./package-parts";

export interface CellLink {
  row: number;
  column: number;
  hyperlink: ModelHyperlink;
}

/**
 * A `<hyperlink>` as office.js reports it. A link into the workbook is a `location` ("Plan!A1") in
 * Excel's files and a "#Plan!A1" target in exceljs's; anything else is the address.
 */
function linkOf(target: string | undefined, location: string, tooltip: string): ModelHyperlink {
  const link: ModelHyperlink = {};
  if (target && !target.startsWith("#")) link.address = target;
  const reference = location || (target?.startsWith("#") ? target : "");
  if (reference) link.documentReference = reference.replace(/^#/, "");
  if (tooltip) link.screenTip = tooltip;
  return link;
}

/**
 * A sheet's links by cell, read from its part: exceljs keeps neither tooltips nor the links into
 * the workbook that Excel writes.
 */
export async function readHyperlinks(zip: JSZip, part: string): Promise<CellLink[]> {
  const text = await zip.file(part)?.async("string");
  if (!text?.includes("hyperlink")) return []; // spares parsing sheets without links
  const targets = await relationshipsOf(zip, part);
  const links = Array.from(parseXml(text).getElementsByTagNameNS(SPREADSHEET, "hyperlink"));
  return links.flatMap((element) => {
    const area = areaOfRange(element.getAttribute("ref") ?? "");
    const id = element.getAttributeNS(OFFICE_RELATIONSHIPS, "id");
    const hyperlink = linkOf(
      id ? targets.get(id)?.target : undefined,
      element.getAttribute("location") ?? "",
      element.getAttribute("tooltip") ?? ""
    );
    if (!area || Object.keys(hyperlink).length === 0) return [];
    const cells: CellLink[] = [];
    for (let row = area.top; row <= area.bottom; row++)
      for (let column = area.left; column <= area.right; column++)
        cells.push({ row, column, hyperlink: { ...hyperlink } });
    return cells;
  });
}

/** exceljs's value for a linked cell: it writes "#Plan!A1" as a link into the workbook. */
export function excelHyperlink(text: string, link: ModelHyperlink) {
  return {
    text,
    hyperlink: link.address ?? `#${link.documentReference ?? ""}`,
    ...(link.screenTip && { tooltip: link.screenTip }),
  };
}
