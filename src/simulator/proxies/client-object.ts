import { CALL_OVERHEAD, jsonBytes } from "../payload";
import type { SimRequestContext } from "../request-context";
import { propertyNotLoaded, SimError } from "../sim-error";

/** What `load` accepts in office.js: "a, b", ["a", "b"] or { select: … }. */
export type LoadOption = string | string[] | { select?: string | string[] };

export function namesOf(option: LoadOption | undefined): string[] {
  const raw = typeof option === "object" && !Array.isArray(option) ? option.select : option;
  const list = Array.isArray(raw) ? raw : (raw ?? "").split(",");
  return list.map((name) => name.trim()).filter((name) => name !== "");
}

/**
 * A proxy with office.js's rules: it finds its object in the model only when a batch runs (a
 * missing item fails that sync with ItemNotFound, or makes a null object for the *OrNullObject
 * methods); a property can be read only after a sync has delivered a load of it.
 */
export abstract class SimClientObject<Target> {
  private readonly loaded = new Map<string, unknown>();
  private target?: Target;
  /** Delivered by the sync that looked the object up; `missing` is known while that batch runs. */
  private isNull?: boolean;
  private missing = false;

  /** Scalar properties `load` may ask for, and how each is read from the object at sync. */
  protected abstract readonly properties: Readonly<Record<string, (target: Target) => unknown>>;

  /**
   * `found`: the object itself when it always exists (the workbook, its collections), else how to
   * find it when the batch runs (getItem, getRange…), and whether absence makes a null object.
   */
  constructor(
    protected readonly context: SimRequestContext,
    found:
      { target: Target } | { locate: () => Target | undefined; describe: string; orNull?: boolean }
  ) {
    if ("target" in found) {
      this.target = found.target;
      this.isNull = false;
      return;
    }
    const { locate, describe, orNull = false } = found;
    context.enqueue({
      requestBytes: CALL_OVERHEAD,
      run: () => {
        const target = locate();
        if (target === undefined && !orNull)
          throw new SimError("ItemNotFound", `The requested resource doesn't exist: ${describe}.`);
        this.target = target;
        this.missing = target === undefined;
        // An ordinary object is known not to be null once its batch ran; only *OrNullObject asks.
        return {
          responseBytes: orNull ? 8 : 0,
          deliver: () => (this.isNull = target === undefined),
        };
      },
    });
  }

  /** Known after the sync that looked the object up; reading it earlier throws as in office.js. */
  get isNullObject(): boolean {
    if (this.isNull === undefined) throw propertyNotLoaded("isNullObject");
    return this.isNull;
  }

  load(option?: LoadOption): this {
    const asked = namesOf(option);
    const names = asked.length > 0 ? asked : Object.keys(this.properties);
    this.context.enqueue({
      requestBytes: CALL_OVERHEAD + jsonBytes(names),
      run: () => {
        if (this.missing) return; // a null object loads nothing, and the batch goes on
        const values = this.readNow(names);
        return { responseBytes: jsonBytes(values), deliver: () => this.accept(names, values) };
      },
    });
    return this;
  }

  /** Reads properties of the object as a load would, for a collection loading its items. */
  readNow(names: readonly string[]): unknown[] {
    const target = this.resolved();
    return names.map((name) => {
      const read = this.properties[name];
      if (!read) throw new SimError("InvalidArgument", `The property '${name}' cannot be loaded.`);
      return read(target);
    });
  }

  /** Hands over values a sync delivered for this object. */
  accept(names: readonly string[], values: readonly unknown[]): void {
    names.forEach((name, i) => this.loaded.set(name, values[i]));
  }

  /** A loaded property's value, as the last sync delivered it. */
  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as T;
  }

  /** Queues a change to the object, sent with `payload`, made when the batch runs. */
  protected change(payload: unknown, apply: (target: Target) => void): void {
    this.context.enqueueWrite(payload, () => apply(this.resolved()));
  }

  /** The object, for a call running in a sync; a null object has none. */
  protected resolved(): Target {
    if (this.target === undefined)
      throw new SimError(
        "InvalidObjectPath",
        "The object path isn't working for what you're trying to do: the object does not exist."
      );
    return this.target;
  }
}
