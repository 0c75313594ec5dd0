import type { CellArea } from "../../core/snapshot/workbook-snapshot";
import type { ModelSheet } from "../workbook-model";
import { SimClientObject } from "./client-object";
import { rangeAddress } from "./range-address";

interface AreasTarget {
  sheet: ModelSheet;
  areas: CellArea[];
}

/** Excel.RangeAreas: several rectangles of one sheet, addressed "Plan!A1:F1,Plan!E4:I4". */
export class SimRangeAreas extends SimClientObject<AreasTarget> {
  protected readonly properties = {
    address: ({ sheet, areas }: AreasTarget) =>
      areas.map((area) => rangeAddress(sheet.name, area)).join(","),
    areaCount: ({ areas }: AreasTarget) => areas.length,
  };

  get address(): string {
    return this.loadedValue("address");
  }
  get areaCount(): number {
    return this.loadedValue("areaCount");
  }
}
