import type JSZip from "jszip";
import type { ModelXmlPart } from "../workbook-model";
import {
  escapeXml,
  insertBefore,
  OFFICE_RELATIONSHIPS,
  PACKAGE_RELATIONSHIPS,
  readXml,
  relationshipsOf,
} from "./package-parts";
import { guidLike } from "../guid";

// exceljs neither reads nor writes custom XML parts: they are read from and added to the zip.

const CUSTOM_XML = `${OFFICE_RELATIONSHIPS}/customXml`;
const CUSTOM_XML_PROPS = `${OFFICE_RELATIONSHIPS}/customXmlProps`;
const PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
/** Namespace of itemProps parts (`<ds:datastoreItem ds:itemID="{…}">`). */
const DATASTORE = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
const ITEM = /^customXml\/item(\d+)\.xml$/;

/** The `ds:itemID` of an item's properties part, which its relationships point to. */
async function itemIdOf(zip: JSZip, item: string): Promise<string | undefined> {
  const rels = [...(await relationshipsOf(zip, item)).values()];
  const props = rels.find((r) => r.type === CUSTOM_XML_PROPS);
  const doc = props && (await readXml(zip, props.target));
  return doc?.documentElement?.getAttributeNS(DATASTORE, "itemID") || undefined;
}

/** The package's `customXml/itemN.xml` parts, in the order of N. */
export async function readCustomXmlParts(zip: JSZip): Promise<ModelXmlPart[]> {
  const number = (file: JSZip.JSZipObject) => Number(ITEM.exec(file.name)![1]);
  const items = zip.file(ITEM).sort((a, b) => number(a) - number(b));
  return Promise.all(
    items.map(async (item, i) => ({
      id: (await itemIdOf(zip, item.name)) || guidLike(i + 1),
      xml: await item.async("string"),
    }))
  );
}

/**
 * Adds the parts as Excel stores them: `customXml/itemN.xml`, its `itemPropsN.xml` carrying the
 * id, the relationship between the two, one from the workbook to the item, and the props' content
 * type (xml files already have a default one).
 */
export async function addCustomXmlParts(zip: JSZip, parts: ModelXmlPart[]): Promise<void> {
  parts.forEach((part, i) => {
    const n = i + 1;
    zip.file(`customXml/item${n}.xml`, part.xml);
    zip.file(
      `customXml/itemProps${n}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${escapeXml(part.id)}" xmlns:ds="${DATASTORE}"><ds:schemaRefs/></ds:datastoreItem>`
    );
    zip.file(
      `customXml/_rels/item${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`
    );
  });
  const each = (entry: (n: number) => string) => parts.map((_, i) => entry(i + 1)).join("");
  await insertBefore(
    zip,
    "xl/_rels/workbook.xml.rels",
    "</Relationships>",
    each(
      (n) =>
        `<Relationship Id="rIdCustomXml${n}" Type="${CUSTOM_XML}" Target="../customXml/item${n}.xml"/>`
    )
  );
  await insertBefore(
    zip,
    "[Content_Types].xml",
    "</Types>",
    each(
      (n) =>
        `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_CONTENT_TYPE}"/>`
    )
  );
}
