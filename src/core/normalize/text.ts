/**
 * Persian-aware canonical forms for matching (codes, header words, enumeration words).
 * Display always keeps the original text; these forms are only compared.
 *
 * One pass over the string with a per-character decision, because codes are compared by the
 * hundred thousand: Persian and Arabic-Indic digits → ASCII; Arabic yeh/kaf → Persian; bidi marks,
 * ZWNJ/ZWJ, tatweel and harakat dropped; alef forms → ا; every dash → "-"; whitespace dropped or
 * collapsed; Latin letters lower-cased.
 */

const DROP = -1;
const SPACE = -2;

function mapCodeSlow(c: number): number {
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return c + 32; // A-Z
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return SPACE;
    return c;
  }
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30; // ۰-۹
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30; // ٠-٩
  switch (c) {
    case 0x064a: // ي
    case 0x0649: // ى
      return 0x06cc; // ی
    case 0x0643: // ك
      return 0x06a9; // ک
    case 0x06c0: // ۀ
    case 0x0629: // ة
      return 0x0647; // ه
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
      return 0x0627; // ا (spelled with or without madda/hamza alike)
    case 0x0624: // ؤ
      return 0x0648; // و
    case 0x0626: // ئ
      return 0x06cc; // ی
    case 0x0640: // tatweel
    case 0x0670: // superscript alef
    case 0x200c: // ZWNJ
    case 0x200d: // ZWJ
    case 0x200e: // LRM
    case 0x200f: // RLM
    case 0x061c: // ALM
    case 0xfeff: // BOM
      return DROP;
    case 0x00a0: // NBSP
    case 0x202f:
    case 0x3000:
      return SPACE;
    case 0x2212: // minus
    case 0xfe58:
    case 0xfe63:
    case 0xff0d:
      return 0x2d;
  }
  if (c >= 0x064b && c <= 0x065f) return DROP; // harakat, hamza above
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return DROP; // bidi controls
  if (c >= 0x2010 && c <= 0x2015) return 0x2d; // ‐ ‑ ‒ – — ―
  if (c >= 0x2000 && c <= 0x200a) return SPACE;
  if (c >= 0xff21 && c <= 0xff3a) return c - 0xff21 + 0x61; // fullwidth A-Z
  return c;
}

/** mapCodeSlow for every UTF-16 code unit, tabulated once: codes are mapped by the million. */
let table: Int32Array | undefined;
function mapCode(c: number): number {
  if (!table) {
    table = new Int32Array(0x10000);
    for (let i = 0; i < 0x10000; i++) table[i] = mapCodeSlow(i);
  }
  return table[c];
}

/** True when the text is already in canonical form (the common case, checked without allocating). */
function isCanonical(text: string, keepSpaces: boolean): boolean {
  let previousSpace = true; // no leading space
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (!keepSpaces || previousSpace) return false;
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    if (c < 0x80 ? (c >= 0x41 && c <= 0x5a) || c < 0x20 : mapCode(c) !== c) return false;
  }
  return !previousSpace || text.length === 0; // no trailing space
}

function canonical(text: string, keepSpaces: boolean): string {
  if (isCanonical(text, keepSpaces)) return text;
  const out: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const m = mapCode(text.charCodeAt(i));
    if (m === DROP) continue;
    if (m === SPACE) {
      pendingSpace = keepSpaces && out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out.push(0x20);
      pendingSpace = false;
    }
    out.push(m);
  }
  let result = "";
  for (let i = 0; i < out.length; i += 8192)
    result += String.fromCharCode(...out.slice(i, i + 8192));
  return result;
}

/** The form codes are compared in: "۱-۲", "1-2", "١‐٢" and " 1 - 2 " are all "1-2". */
export function canonicalCode(text: string): string {
  return canonical(text, false);
}

/** The form words are compared in: like codes, but single spaces kept between words. */
export function canonicalWords(text: string): string {
  return canonical(text, true);
}

/** The value of a run of digits in any of the three scripts ("۱۴۰۲", "1402", "١٤٠٢"). */
export function digitsValue(digits: string): number {
  let n = 0;
  for (let i = 0; i < digits.length; i++) n = n * 10 + (digits.charCodeAt(i) & 0xf);
  return n;
}
