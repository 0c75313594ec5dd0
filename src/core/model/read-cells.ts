import { isGregorianYear, isJalaliYear, parseDate, type Bound } from "../normalize/date";
import { enumKey, enumLookup, type EnumTable } from "../normalize/enums";
import { parseNumber } from "../normalize/number";
import { canonicalCode, canonicalWords } from "../normalize/text";
import { isCellError, type CellValue } from "../snapshot/workbook-snapshot";
import type { Code, PlanDate } from "./plan";

/** Why a cell could not be read as its field's type, or its value. */
export type Read<T> = { ok: true; value: T | undefined } | { ok: false; reason: string };

const EMPTY = { ok: true, value: undefined } as const;

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** A text field: trimmed text, numbers as Excel would show them in General format. */
export function readText(value: CellValue): string | undefined {
  if (value === null || isCellError(value)) return undefined;
  const text = typeof value === "string" ? value.trim() : String(value);
  return text === "" ? undefined : text;
}

export function readCode(value: CellValue): Code | undefined {
  const code = readText(value);
  if (code === undefined) return undefined;
  const key = canonicalCode(code);
  return key === "" ? undefined : { code, key };
}

/** Several codes in one cell, separated by , ، ; or new lines. */
export function readCodes(value: CellValue): Code[] {
  const text = readText(value);
  if (text === undefined) return [];
  return text
    .split(/[,،;؛\n\r]+/)
    .map((part) => readCode(part))
    .filter((c): c is Code => c !== undefined);
}

export function readNumber(value: CellValue): Read<number> & { percent?: boolean } {
  const parsed = parseNumber(value);
  if (parsed.kind === "empty") return EMPTY;
  if (parsed.kind === "invalid") return { ok: false, reason: parsed.reason };
  return { ok: true, value: parsed.value, percent: parsed.percent };
}

export function readDate(value: CellValue, bound: Bound, format?: string | null): Read<PlanDate> {
  const parsed = parseDate(value, bound, format);
  if (parsed.kind === "empty") return EMPTY;
  if (parsed.kind === "invalid") return { ok: false, reason: parsed.reason };
  return { ok: true, value: { day: parsed.day, precision: parsed.precision } };
}

const lookups = new WeakMap<object, ReadonlyMap<string, string>>();

export function readEnum<T extends string>(value: CellValue, table: EnumTable<T>): Read<T> {
  if (value !== null && isCellError(value)) return { ok: false, reason: "error" };
  const text = readText(value);
  if (text === undefined) return EMPTY;
  let lookup = lookups.get(table);
  if (!lookup) lookups.set(table, (lookup = enumLookup(table)));
  const found = lookup.get(enumKey(text));
  return found === undefined ? { ok: false, reason: "unknown" } : { ok: true, value: found as T };
}

/** Status thresholds written as two numbers ("90/70", «۹۰ و ۷۰», "0.9-0.6"): the larger is on track. */
export function readThresholds(value: CellValue): Read<{ onTrack: number; atRisk: number }> {
  const text = readText(value);
  if (text === undefined) return EMPTY;
  const numbers = canonicalWords(text)
    .split(/[^0-9.]+/)
    .filter(Boolean)
    .map(Number);
  if (numbers.length !== 2 || numbers.some((n) => !Number.isFinite(n))) {
    return { ok: false, reason: "text" };
  }
  const [high, low] = numbers.map((n) => (n > 1 ? n / 100 : n)).sort((a, b) => b - a);
  return { ok: true, value: { onTrack: high, atRisk: low } };
}

/** A fiscal year: 1402, «۱۴۰۲», "1402-1403" (its first year). */
export function readYear(value: CellValue): Read<number> {
  if (isBlank(value)) return EMPTY;
  const text =
    typeof value === "number"
      ? String(value)
      : typeof value === "string"
        ? canonicalCode(value)
        : "";
  const year = Number(/^(\d{4})(?:[-/]\d{2,4})?$/.exec(text)?.[1]);
  return isJalaliYear(year) || isGregorianYear(year)
    ? { ok: true, value: year }
    : { ok: false, reason: "text" };
}

/** Rows that only total the ones above (a «جمع» or "Total" label) are not plan rows. */
const TOTAL_WORDS = new Set([
  "جمع",
  "جمعکل",
  "مجموع",
  "total",
  "grandtotal",
  "sum",
  "subtotal",
  "جمعجزء",
]);
const TOTAL_FIRST = new Set([..."جمtTsSgG"].map((c) => c.charCodeAt(0)));
export function isTotalLabel(value: CellValue): boolean {
  if (typeof value !== "string" || value.length > 20) return false;
  let i = 0;
  while (i < value.length && value.charCodeAt(i) <= 0x20) i++;
  return TOTAL_FIRST.has(value.charCodeAt(i)) && TOTAL_WORDS.has(canonicalCode(value));
}
