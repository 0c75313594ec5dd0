import { CALL_OVERHEAD, jsonBytes } from "../payload";
import type { SimRequestContext } from "../request-context";
import { propertyNotLoaded } from "../sim-error";
import { namesOf, type LoadOption, type SimClientObject } from "./client-object";
import { SimClientResult } from "./client-result";

/**
 * A collection proxy: `load("items/name, …")` delivers one loaded proxy per object the collection
 * holds when the batch runs; `getCount` answers with a ClientResult.
 */
export class SimItemCollection<Target, Item extends SimClientObject<Target>> {
  private loadedItems?: Item[];

  constructor(
    protected readonly context: SimRequestContext,
    private readonly list: () => Target[],
    private readonly itemOf: (target: Target) => Item
  ) {}

  get items(): Item[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context.enqueue({
      requestBytes: CALL_OVERHEAD,
      run: () => {
        const count = this.list().length;
        return { responseBytes: jsonBytes(count), deliver: () => result.deliver(count) };
      },
    });
    return result;
  }

  load(option?: LoadOption): this {
    const names = namesOf(option).map((name) => name.replace(/^items\//, ""));
    this.context.enqueue({
      requestBytes: CALL_OVERHEAD + jsonBytes(names),
      run: () => {
        const items = this.list().map(this.itemOf);
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
