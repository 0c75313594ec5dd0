import type { ModelSheet } from "../workbook-model";
import { SimClientObject } from "./client-object";
import { SimError } from "../sim-error";

/** Excel.WorksheetFreezePanes (ExcelApi 1.7), as far as the model keeps it: rows frozen at the top. */
export class SimFreezePanes extends SimClientObject<ModelSheet> {
  protected readonly properties = {};

  /** Keeps the top `count` rows in view (1 when not given), replacing any earlier freeze. */
  freezeRows(count = 1): void {
    this.change({ freezeRows: count }, (sheet) => {
      if (!Number.isInteger(count) || count < 1)
        throw new SimError("InvalidArgument", `Cannot freeze ${count} rows.`);
      sheet.frozenRows = count;
    });
  }

  unfreeze(): void {
    this.change({ unfreeze: true }, (sheet) => delete sheet.frozenRows);
  }
}
