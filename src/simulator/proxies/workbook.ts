import type { SimRequestContext } from "../request-context";
import { SimCustomXmlPartCollection } from "./custom-xml-parts";
import { SimWorksheetCollection } from "./worksheet-collection";

/** Excel.Workbook: the entry to the worksheets and the custom XML parts. */
export class SimWorkbook {
  readonly worksheets: SimWorksheetCollection;
  readonly customXmlParts: SimCustomXmlPartCollection;
  constructor(context: SimRequestContext) {
    this.worksheets = new SimWorksheetCollection(context);
    this.customXmlParts = new SimCustomXmlPartCollection(context);
  }
}
