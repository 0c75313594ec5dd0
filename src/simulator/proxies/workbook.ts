import type { SimRequestContext } from "../request-context";
import { SimCustomXmlPartCollection } from "./custom-xml-parts";
import { SimTableCollection } from "./table";
import { SimWorksheetCollection } from "./worksheet-collection";

/** Excel.Workbook: the entry to the worksheets and the custom XML parts. */
export class SimWorkbook {
  readonly worksheets: SimWorksheetCollection;
  readonly customXmlParts: SimCustomXmlPartCollection;
  readonly tables: SimTableCollection;
  constructor(context: SimRequestContext) {
    this.tables = new SimTableCollection(context);
    this.worksheets = new SimWorksheetCollection(context);
    this.customXmlParts = new SimCustomXmlPartCollection(context);
  }
}
