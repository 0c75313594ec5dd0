import { fromByteArray, toByteArray } from "base64-js";

/**
 * Base64 for a compressed snapshot's text inside its XML part (src/core has neither btoa nor
 * Buffer), with base64-js.
 */
export const toBase64 = (bytes: Uint8Array): string => fromByteArray(bytes);

/** The bytes of base64 text (whitespace ignored); undefined when it is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, "");
  // base64-js reads any character as some value: refuse what is not base64 first.
  if (clean.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return undefined;
  return toByteArray(clean);
}
