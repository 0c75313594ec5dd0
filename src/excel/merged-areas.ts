import { areaOfRange } from "../core/snapshot/address";
import type { CellArea } from "../core/snapshot/workbook-snapshot";

/**
 * Queues a load of the merged areas of a sheet's used range (ExcelApi 1.13, so only when the
 * caller's Excel has it); after the sync, `areas()` gives them in reading order.
 */
export function queueMergedAreas(sheet: Excel.Worksheet) {
  const merged = sheet.getUsedRange(true).getMergedAreasOrNullObject().load("address");
  return {
    areas(): CellArea[] {
      if (merged.isNullObject) return [];
      return merged.address
        .split(",")
        .flatMap((address) => areaOfRange(address) ?? [])
        .sort((a, b) => a.top - b.top || a.left - b.left);
    },
  };
}
