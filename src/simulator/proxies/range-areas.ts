import { SimClientObject } from "./client-object";
import { SimConditionalFormatCollection, type AreasTarget } from "./conditional-formats";
import { rangeAddress } from "./range-address";

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

  /** The conditional formats touching any of the areas; one added applies to all of them. */
  get conditionalFormats(): SimConditionalFormatCollection {
    return (this.formats ??= new SimConditionalFormatCollection(this.context, () =>
      this.resolved()
    ));
  }
  private formats?: SimConditionalFormatCollection;
}
