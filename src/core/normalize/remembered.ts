/**
 * A bounded memo for reads of cell text: values repeat down a column («در حال اجرا», «۱۴۰۶/۰۶/۳۱»,
 * «فصل ۱ ۱۴۰۲»), so each distinct text is read once. Results are shared: treat them as read-only.
 */
export function remembered<V>(limit = 4096) {
  const memo = new Map<string, V>();
  return (key: string, compute: () => V): V => {
    let value = memo.get(key);
    if (value === undefined && !memo.has(key)) {
      if (memo.size >= limit) memo.clear();
      memo.set(key, (value = compute()));
    }
    return value as V;
  };
}
