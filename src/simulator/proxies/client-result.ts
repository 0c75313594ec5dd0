import { SimError } from "../sim-error";

/** OfficeExtension.ClientResult: a method's answer, readable once the sync delivered it. */
export class SimClientResult<T> {
  private delivered = false;
  private result?: T;

  get value(): T {
    if (!this.delivered)
      throw new SimError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.'
      );
    return this.result as T;
  }

  /** Called by the sync that computed it. */
  deliver(value: T): void {
    this.result = value;
    this.delivered = true;
  }
}
