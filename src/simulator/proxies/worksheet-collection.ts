import type { SimRequestContext } from "../request-context";
import { SimError } from "../sim-error";
import { ModelSheet } from "../workbook-model";
import { changedEvent } from "./changed-event";
import { SimItemCollection } from "./item-collection";
import { checkedSheetName, SimWorksheet } from "./worksheet";

/** Excel.WorksheetCollection: items by name, added sheets, and `items/…` loads. */
export class SimWorksheetCollection extends SimItemCollection<ModelSheet, SimWorksheet> {
  constructor(context: SimRequestContext) {
    super(
      context,
      () => context.model.sheets,
      (sheet) => new SimWorksheet(context, { target: sheet })
    );
  }

  /** Edits to any sheet's cells (ExcelApi 1.7). */
  readonly onChanged = changedEvent(this.context);

  getItem(name: string): SimWorksheet {
    return new SimWorksheet(this.context, {
      describe: `worksheet '${name}'`,
      locate: () => this.context.model.sheet(name),
    });
  }

  getItemOrNullObject(name: string): SimWorksheet {
    return new SimWorksheet(this.context, {
      describe: `worksheet '${name}'`,
      locate: () => this.context.model.sheet(name),
      orNull: true,
    });
  }

  /** Adds a sheet at the end ("Sheet2"… when no name is given). */
  add(name?: string): SimWorksheet {
    const { model } = this.context;
    return new SimWorksheet(this.context, {
      describe: `new worksheet '${name ?? ""}'`,
      locate: () => {
        let chosen = name;
        for (let n = model.sheets.length + 1; chosen === undefined; n++)
          if (!model.sheet(`Sheet${n}`)) chosen = `Sheet${n}`;
        if (model.sheet(chosen))
          throw new SimError("ItemAlreadyExists", `A sheet named '${chosen}' already exists.`);
        const sheet = new ModelSheet(checkedSheetName(chosen));
        model.sheets.push(sheet);
        return sheet;
      },
    });
  }
}
