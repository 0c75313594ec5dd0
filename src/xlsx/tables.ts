import type ExcelJS from "exceljs";
import { areaOfRange } from "../core/snapshot/address";
import type { SheetSnapshot } from "../core/snapshot/workbook-snapshot";

/** exceljs keeps a loaded table's range in its model (`table.tableRef`); its types leave it out. */
interface LoadedTable {
  name: string;
  table: { tableRef?: string; ref?: string; headerRow?: boolean };
}

export function tablesOf(sheet: ExcelJS.Worksheet): NonNullable<SheetSnapshot["tables"]> {
  return (sheet.getTables() as unknown as LoadedTable[]).flatMap(({ name, table }) => {
    const area = areaOfRange(table.tableRef ?? table.ref ?? "");
    return area ? [{ name, area, headerRow: table.headerRow !== false }] : [];
  });
}
