/**
 * Each code's first row, read like a Map. The table holds positions in the list, not the rows: a
 * large plan's table lives in V8's old generation, and every row it pointed to while the row was
 * still young would be one more slot for each young-generation collection to visit.
 */
export class FirstByKey<T extends { key: string }> {
  private readonly at = new Map<string, number>();

  constructor(private readonly items: readonly T[]) {
    for (let i = 0; i < items.length; i++) {
      const key = items[i].key;
      if (key && !this.at.has(key)) this.at.set(key, i);
    }
  }

  get size(): number {
    return this.at.size;
  }

  has(key: string): boolean {
    return this.at.has(key);
  }

  get(key: string): T | undefined {
    const i = this.at.get(key);
    return i === undefined ? undefined : this.items[i];
  }

  keys(): IterableIterator<string> {
    return this.at.keys();
  }
}
