import type { SimRequestContext } from "../request-context";
import { SimCustomXmlPartCollection } from "./custom-xml-parts";
import { SimNamedItemCollection } from "./named-item";
import { SimTableCollection } from "./table";
import { SimWorksheetCollection } from "./worksheet-collection";

/** Excel.Workbook: the entry to the worksheets, tables, workbook-wide names and custom XML parts. */
export class SimWorkbook {
  readonly worksheets: SimWorksheetCollection;
  readonly customXmlParts: SimCustomXmlPartCollection;
  readonly tables: SimTableCollection;
  readonly names: SimNamedItemCollection;
  constructor(context: SimRequestContext) {
    this.tables = new SimTableCollection(context);
    this.names = new SimNamedItemCollection(context, () => undefined);
    this.worksheets = new SimWorksheetCollection(context);
    this.customXmlParts = new SimCustomXmlPartCollection(context);
  }
}
