import { columnLetters, quotedSheetName } from "../snapshot/address";

/** Excel refuses formulas over 8,192 characters; a figure whose formula would be longer is written as a value. */
export const MAX_FORMULA_LENGTH = 8_000;

/** A cell's raw content as a criterion value: the text or number as the user wrote it. */
export type Spelling = string | number;

/** A column's cells over rows, absolute: 'بودجه'!$E$5:$E$40. */
export function columnRange(sheet: string, column: number, top: number, bottom: number): string {
  const letters = columnLetters(column);
  return `${quotedSheetName(sheet)}!$${letters}$${top}:$${letters}$${bottom}`;
}

/**
 * An equality criterion for SUMIFS/COUNTIFS: "=" keeps text such as "-5" or ">A" from reading as
 * a comparison, and ~ keeps * ? ~ from reading as wildcards. Numbers stay numbers.
 */
function criterion(value: Spelling): string {
  if (typeof value === "number") return String(value);
  return `"=${value.replace(/[*?~]/g, "~$&").replace(/"/g, '""')}"`;
}

/** "Not this": a kind of line to leave out (a revenue word). */
export const notEqual = (value: Spelling) =>
  `"<>${String(value).replace(/[*?~]/g, "~$&").replace(/"/g, '""')}"`;

/**
 * One or several spellings as a criterion argument: several become an array constant, a row
 * ({a,b}) or a column ({a;b}) — two lists in one call must lie across each other so that
 * SUMPRODUCT adds every pair.
 */
export function criteria(values: readonly Spelling[], across: "row" | "column" = "row"): string {
  if (values.length === 1) return criterion(values[0]);
  return `{${values.map(criterion).join(across === "row" ? "," : ";")}}`;
}

export interface Condition {
  range: string;
  /** Equal to one of these; `notEqual` criteria are given as ready-made text. */
  values?: readonly Spelling[];
  not?: readonly Spelling[];
}

/** The criteria pairs of a SUMIFS/COUNTIFS call, and whether an array constant needs SUMPRODUCT. */
function pairs(conditions: readonly Condition[]): { text: string; arrays: boolean } {
  let arrays = false;
  let lists = 0;
  const parts: string[] = [];
  for (const c of conditions) {
    if (c.values?.length) {
      if (c.values.length > 1) arrays = true;
      parts.push(c.range, criteria(c.values, lists++ % 2 ? "column" : "row"));
    }
    for (const v of c.not ?? []) parts.push(c.range, notEqual(v));
  }
  return { text: parts.join(","), arrays };
}

/** SUMIFS of one amount range, wrapped in SUMPRODUCT when a criterion is a list. */
export function sumIfs(amount: string, conditions: readonly Condition[]): string {
  const { text, arrays } = pairs(conditions);
  const call = text ? `SUMIFS(${amount},${text})` : `SUM(${amount})`;
  return arrays ? `SUMPRODUCT(${call})` : call;
}

export function countIfs(conditions: readonly Condition[]): string {
  const { text, arrays } = pairs(conditions);
  return arrays ? `SUMPRODUCT(COUNTIFS(${text}))` : `COUNTIFS(${text})`;
}

/** Terms added up as one formula; undefined when there are none or it would be too long. */
export function formulaOf(terms: readonly string[]): string | undefined {
  if (!terms.length) return undefined;
  const formula = `=${terms.join("+")}`;
  return formula.length <= MAX_FORMULA_LENGTH ? formula : undefined;
}
