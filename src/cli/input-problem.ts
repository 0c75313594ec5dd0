import type { CliMessageKey } from "./cli-messages";

/**
 * Why the CLI could not run (exit 2): a message key and its placeholders, shown as one line;
 * `reason`, when given, fills {reason} with a message of the user's language.
 */
export class InputProblem extends Error {
  readonly reason?: CliMessageKey;
  constructor(
    readonly key: CliMessageKey,
    readonly values: Record<string, string> = {},
    options?: { cause?: unknown; reason?: CliMessageKey }
  ) {
    super(key, options);
    this.name = "InputProblem";
    this.reason = options?.reason;
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** Compound File Binary: Excel 97–2003 workbooks, and password-protected .xlsx files. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** An encrypted OOXML package is a CFB file holding an "EncryptionInfo" stream (UTF-16 name). */
function isEncrypted(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
    Buffer.from("EncryptionInfo", "utf16le")
  );
}

/** Mostly printable UTF-8: a CSV or other text file given an .xlsx name. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(sample);
  const odd = [...text].filter((c) => c === "\uFFFD" || (c < " " && !"\t\r\n".includes(c)));
  return odd.length <= text.length * 0.02;
}

/** Refuses, with the reason, bytes that cannot be an .xlsx workbook, before a parser is given them. */
export function checkWorkbookBytes(bytes: Uint8Array, file: string): void {
  const refuse = (key: CliMessageKey) => {
    throw new InputProblem(key, { file });
  };
  if (bytes.length === 0) refuse("input.empty");
  if (startsWith(bytes, CFB)) refuse(isEncrypted(bytes) ? "input.encrypted" : "input.legacyXls");
  if (startsWith(bytes, EMPTY_ZIP)) refuse("input.notWorkbookZip");
  if (!startsWith(bytes, ZIP)) refuse(looksLikeText(bytes) ? "input.text" : "input.unknownBytes");
}
