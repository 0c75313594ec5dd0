/**
 * Base64 in pure code: src/core has neither btoa (DOM) nor Buffer (Node). A compressed snapshot is
 * stored as base64 text inside its XML part.
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUE = new Map([...ALPHABET].map((ch, i) => [ch, i]));

export function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    out.push(
      ALPHABET[n >> 18],
      ALPHABET[(n >> 12) & 63],
      left > 1 ? ALPHABET[(n >> 6) & 63] : "=",
      left > 2 ? ALPHABET[n & 63] : "="
    );
  }
  return out.join("");
}

/** The bytes of base64 text (whitespace ignored); undefined when it is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, "");
  if (clean.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return undefined;
  const padding = clean.endsWith("==") ? 2 : clean.endsWith("=") ? 1 : 0;
  const bytes = new Uint8Array((clean.length / 4) * 3 - padding);
  let at = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      (VALUE.get(clean[i])! << 18) |
      (VALUE.get(clean[i + 1])! << 12) |
      ((VALUE.get(clean[i + 2]) ?? 0) << 6) |
      (VALUE.get(clean[i + 3]) ?? 0);
    for (const shift of [16, 8, 0]) if (at < bytes.length) bytes[at++] = (n >> shift) & 255;
  }
  return bytes;
}
