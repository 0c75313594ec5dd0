/**
 * Items grouped by a key, read like a Map of arrays, but stored without an array per key: each key's
 * last item, and a chain from every item back to the one before it with the same key. A plan of
 * 100k rows would otherwise keep tens of thousands of small arrays alive through a validation, and
 * V8's cost per surviving object grows with their number: the index would not scale linearly.
 * Arrays are built when asked for, and die young.
 */
export class Groups<T> {
  private readonly last = new Map<string, number>();
  private readonly previous: Int32Array;

  constructor(
    private readonly items: readonly T[],
    keyOf: (item: T) => string | undefined
  ) {
    this.previous = new Int32Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const key = keyOf(items[i]);
      if (!key) continue;
      this.previous[i] = this.last.get(key) ?? -1;
      this.last.set(key, i);
    }
  }

  has(key: string): boolean {
    return this.last.has(key);
  }

  /** The key's items in plan order. */
  get(key: string): T[] | undefined {
    const last = this.last.get(key);
    return last === undefined ? undefined : this.chain(last);
  }

  keys(): IterableIterator<string> {
    return this.last.keys();
  }

  *values(): IterableIterator<T[]> {
    for (const last of this.last.values()) yield this.chain(last);
  }

  *[Symbol.iterator](): IterableIterator<[string, T[]]> {
    for (const [key, last] of this.last) yield [key, this.chain(last)];
  }

  /** The positions of the key's items in the plan's list, in plan order. */
  positions(key: string): number[] {
    const list: number[] = [];
    for (let i = this.last.get(key) ?? -1; i !== -1; i = this.previous[i]) list.push(i);
    return list.reverse();
  }

  private chain(last: number): T[] {
    const list: T[] = [];
    for (let i = last; i !== -1; i = this.previous[i]) list.push(this.items[i]);
    return list.reverse();
  }
}
