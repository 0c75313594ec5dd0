import { CALL_OVERHEAD, jsonBytes } from "../payload";
import type { SimRequestContext } from "../request-context";
import { propertyNotLoaded, SimError } from "../sim-error";
import { ModelSheet } from "../workbook-model";
import { namesOf, type LoadOption } from "./client-object";
import { SimWorksheet } from "./worksheet";

/** Excel.WorksheetCollection: items by name, added sheets, and `items/…` loads. */
export class SimWorksheetCollection {
  private loadedItems?: SimWorksheet[];

  constructor(private readonly context: SimRequestContext) {}

  get items(): SimWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

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
        const sheet = new ModelSheet(chosen);
        model.sheets.push(sheet);
        return sheet;
      },
    });
  }

  /** `load("items/name, items/visibility")`: every sheet, with those properties. */
  load(option?: LoadOption): this {
    const names = namesOf(option).map((name) => name.replace(/^items\//, ""));
    this.context.enqueue({
      requestBytes: CALL_OVERHEAD + jsonBytes(names),
      run: () => {
        const items = this.context.model.sheets.map(
          (sheet) => new SimWorksheet(this.context, { target: sheet })
        );
        const values = items.map((item) => item.readNow(names));
        return {
          responseBytes: jsonBytes(values),
          deliver: () => {
            items.forEach((item, i) => item.accept(names, values[i]));
            this.loadedItems = items;
          },
        };
      },
    });
    return this;
  }
}
