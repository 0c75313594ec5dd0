import type { ModelCell } from "./workbook-model";

/** A plain number as Excel reads typed text ("12", "-3.5", "+4"); thousands separators aside. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What a cell becomes when office.js writes `input` to `Range.values`, as Excel interprets it:
 * text beginning with "=", "+", "-" or "@" is taken as a formula (Excel shows #NAME? for one it
 * cannot compute), numeric text becomes a number, a leading apostrophe or the Text format ("@")
 * keeps text as it is. The simulator does not compute formulas.
 */
export function cellFromInput(input: unknown, numberFormat: string | undefined): ModelCell {
  const format = numberFormat === undefined ? {} : { numberFormat };
  if (input === null || input === undefined || input === "") return { value: "", ...format };
  if (typeof input === "number" || typeof input === "boolean") return { value: input, ...format };
  const text = String(input);
  if (numberFormat === "@") return { value: text, ...format };
  if (text.startsWith("'")) return { value: text.slice(1), ...format };
  if (NUMBER.test(text.trim())) return { value: Number(text), ...format };
  if (/^[=+\-@]/.test(text))
    return { value: "#NAME?", formula: text.startsWith("=") ? text : `=${text}`, ...format };
  return { value: text, ...format };
}
