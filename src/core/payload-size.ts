/** Excel on the web refuses a request or a response above 5 MB (resource limits in Microsoft's docs). */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** A value's size on the wire: its JSON in UTF-8 (Persian letters take two bytes each). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair: one four-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}
