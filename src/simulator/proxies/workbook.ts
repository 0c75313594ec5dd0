import type { SimRequestContext } from "../request-context";
import { SimWorksheetCollection } from "./worksheet-collection";

/** Excel.Workbook: the entry to the worksheets. */
export class SimWorkbook {
  readonly worksheets: SimWorksheetCollection;
  constructor(context: SimRequestContext) {
    this.worksheets = new SimWorksheetCollection(context);
  }
}
