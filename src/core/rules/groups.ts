/**
 * Items grouped by a key, read like a Map of arrays, but stored without an array per key: each key
 * gets a group number, each group its last item, and every item a link back to the one before it
 * in its group (typed arrays, outside the JavaScript heap). A plan of 100k rows would otherwise keep
 * tens of thousands of small arrays alive through a validation, and V8's cost per surviving object
 * grows with their number: the index would not scale linearly. Arrays are built when asked for, and
 * die young.
 */
export class Groups<T> {
  private readonly numbers = new Map<string, number>();
  /** Each item's group number, -1 for an item without a key. */
  private readonly groupOfItem: Int32Array;
  private readonly lastOfGroup: Int32Array;
  private readonly previous: Int32Array;

  constructor(
    private readonly items: readonly T[],
    keyOf: (item: T) => string | undefined
  ) {
    this.groupOfItem = new Int32Array(items.length).fill(-1);
    this.lastOfGroup = new Int32Array(items.length);
    this.previous = new Int32Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const key = keyOf(items[i]);
      if (!key) continue;
      let group = this.numbers.get(key);
      if (group === undefined) {
        group = this.numbers.size;
        this.numbers.set(key, group);
        this.lastOfGroup[group] = -1;
      }
      this.groupOfItem[i] = group;
      this.previous[i] = this.lastOfGroup[group];
      this.lastOfGroup[group] = i;
    }
  }

  /** How many keys there are: group numbers run from 0 to size - 1. */
  get size(): number {
    return this.numbers.size;
  }

  /** The group number of the item at a position in the plan's list, -1 when it has no key. */
  groupAt(position: number): number {
    return this.groupOfItem[position];
  }

  /** The key's group number (see groupAt), -1 when no item has the key. */
  groupOf(key: string): number {
    return this.numbers.get(key) ?? -1;
  }

  has(key: string): boolean {
    return this.numbers.has(key);
  }

  /** The key's items in plan order. */
  get(key: string): T[] | undefined {
    const group = this.numbers.get(key);
    return group === undefined ? undefined : this.itemsOf(group);
  }

  /** The positions of the key's items in the plan's list, in plan order. */
  positions(key: string): number[] {
    const group = this.numbers.get(key);
    return group === undefined ? [] : this.positionsOfGroup(group);
  }

  keys(): IterableIterator<string> {
    return this.numbers.keys();
  }

  *values(): IterableIterator<T[]> {
    for (const group of this.numbers.values()) yield this.itemsOf(group);
  }

  *[Symbol.iterator](): IterableIterator<[string, T[]]> {
    for (const [key, group] of this.numbers) yield [key, this.itemsOf(group)];
  }

  /** The positions of a group's items (see groupAt), in plan order. */
  positionsOfGroup(group: number): number[] {
    const list: number[] = [];
    for (let i = this.lastOfGroup[group]; i !== -1; i = this.previous[i]) list.push(i);
    return list.reverse();
  }

  private itemsOf(group: number): T[] {
    return this.positionsOfGroup(group).map((i) => this.items[i]);
  }
}
