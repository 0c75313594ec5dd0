import type { SimRequestContext } from "../request-context";
import type { SimClientResult } from "./client-result";
import { SimCustomXmlPartCollection } from "./custom-xml-parts";
import { insertWorksheets, type InsertWorksheetOptions } from "./insert-worksheets";
import { SimNamedItemCollection } from "./named-item";
import { SimTableCollection } from "./table";
import { SimWorksheetCollection } from "./worksheet-collection";

/**
 * Excel.Workbook: the entry to the worksheets, tables, workbook-wide names and custom XML parts,
 * and the insertion of another file's sheets.
 */
export class SimWorkbook {
  readonly worksheets: SimWorksheetCollection;
  readonly customXmlParts: SimCustomXmlPartCollection;
  readonly tables: SimTableCollection;
  readonly names: SimNamedItemCollection;
  constructor(private readonly context: SimRequestContext) {
    this.tables = new SimTableCollection(context);
    this.names = new SimNamedItemCollection(context, () => undefined);
    this.worksheets = new SimWorksheetCollection(context);
    this.customXmlParts = new SimCustomXmlPartCollection(context);
  }

  /** Inserts the sheets of an .xlsx file given in base64 (ExcelApi 1.13); see insert-worksheets.ts. */
  insertWorksheetsFromBase64(
    base64File: string,
    options?: InsertWorksheetOptions
  ): SimClientResult<string[]> {
    return insertWorksheets(this.context, base64File, options);
  }
}
