/** What the workbook holds of one of Rahbord's parts: the part read, none, or several. */
export type StoredPartState<Read> =
  | Read
  | { kind: "none" }
  /** More than one part in the namespace: which one counts is unknowable, so none is used. */
  | { kind: "several"; count: number };

/**
 * The workbook's parts in a namespace: their list loads with the next sync; `queueXml` then queues
 * the XML of the one part (when there is exactly one), and after the sync after that `state` reads
 * it. Split so that a caller can read them in the syncs of its own reads.
 */
export function queueStoredPart<Read>(
  context: Excel.RequestContext,
  namespace: string,
  decode: (xml: string) => Read
) {
  const parts = context.workbook.customXmlParts.getByNamespace(namespace);
  parts.load("items/id");
  let items: Excel.CustomXmlPart[] = [];
  let xml: OfficeExtension.ClientResult<string> | undefined;
  let decoded: StoredPartState<Read> | undefined;
  return {
    /** After the first sync; true when a second is needed for the XML. */
    queueXml(): boolean {
      items = parts.items.slice(); // slice: office-addins lint reads a bare `parts.items` as unloaded
      if (items.length === 1) xml = items[0].getXml();
      return xml !== undefined;
    },
    items: () => items,
    /** After the second sync; decoded once, however often asked. */
    state(): StoredPartState<Read> {
      if (items.length === 0) return { kind: "none" };
      if (items.length > 1) return { kind: "several", count: items.length };
      return (decoded ??= decode((xml as OfficeExtension.ClientResult<string>).value));
    },
  };
}

/** The parts of a namespace and what they hold: one sync, two when there is exactly one part. */
export async function readStoredPart<Read>(
  context: Excel.RequestContext,
  namespace: string,
  decode: (xml: string) => Read
) {
  const stored = queueStoredPart(context, namespace, decode);
  await context.sync();
  if (stored.queueXml()) await context.sync();
  return { items: stored.items(), state: stored.state() };
}
