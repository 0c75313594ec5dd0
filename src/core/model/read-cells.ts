import { isGregorianYear, isJalaliYear, parseDate, type Bound } from "../normalize/date";
import { enumKey, enumLookup, type EnumTable } from "../normalize/enums";
import { parseNumber } from "../normalize/number";
import { remembered } from "../normalize/remembered";
import { canonicalCode, canonicalWords } from "../normalize/text";
import { isCellError, type CellValue } from "../snapshot/workbook-snapshot";
import type { Code, PlanDate } from "./plan";

/** Why a cell could not be read as its field's type (one shared instance per reason: reads allocate nothing). */
export class Invalid {
  private static readonly all = new Map<string, Invalid>();
  private constructor(readonly reason: string) {}
  static of(reason: string): Invalid {
    let found = Invalid.all.get(reason);
    if (!found) Invalid.all.set(reason, (found = new Invalid(reason)));
    return found;
  }
}

/** A cell's value as its field's type, nothing when empty, or why it cannot be read. */
export type Read<T> = T | undefined | Invalid;

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

export function readNumber(value: CellValue): Read<number> {
  if (typeof value === "number") return value;
  const parsed = parseNumber(value);
  if (parsed.kind === "empty") return undefined;
  return parsed.kind === "invalid" ? Invalid.of(parsed.reason) : parsed.value;
}

/** The number was written as a percentage ("80%", «۸۰٪»), so readNumber gave a fraction. */
export function isPercentText(value: CellValue): boolean {
  const parsed = typeof value === "string" ? parseNumber(value) : undefined;
  return parsed?.kind === "number" && parsed.percent;
}

/** Remembered dates per bound and number format, so a lookup builds no combined key. */
type DateMemo = ReturnType<typeof remembered<Read<PlanDate>>>;
const dateMemos: Record<Bound, Map<string | null, DateMemo>> = { start: new Map(), end: new Map() };

/** Parsed dates are shared between rows that hold the same text: treat them as read-only. */
export function readDate(value: CellValue, bound: Bound, format?: string | null): Read<PlanDate> {
  const compute = (): Read<PlanDate> => {
    const parsed = parseDate(value, bound, format);
    if (parsed.kind === "empty") return undefined;
    if (parsed.kind === "invalid") return Invalid.of(parsed.reason);
    return { day: parsed.day, precision: parsed.precision };
  };
  if (typeof value !== "string") return compute();
  const byFormat = dateMemos[bound];
  let memo = byFormat.get(format ?? null);
  if (!memo) byFormat.set(format ?? null, (memo = remembered<Read<PlanDate>>()));
  return memo(value, compute);
}

/** Per enumeration table: its words, and the cell texts already read against them. */
const enumReaders = new WeakMap<object, (text: string) => Read<string>>();

export function readEnum<T extends string>(value: CellValue, table: EnumTable<T>): Read<T> {
  if (value !== null && isCellError(value)) return Invalid.of("error");
  const text = readText(value);
  if (text === undefined) return undefined;
  let read = enumReaders.get(table);
  if (!read) {
    const lookup = enumLookup(table);
    const memo = remembered<Read<string>>();
    read = (t) => memo(t, () => lookup.get(enumKey(t)) ?? Invalid.of("unknown"));
    enumReaders.set(table, read);
  }
  return read(text) as Read<T>;
}

/** Status thresholds written as two numbers ("90/70", «۹۰ و ۷۰», "0.9-0.6"): the larger is on track. */
export function readThresholds(value: CellValue): Read<{ onTrack: number; atRisk: number }> {
  const text = readText(value);
  if (text === undefined) return undefined;
  const numbers = canonicalWords(text)
    .split(/[^0-9.]+/)
    .filter(Boolean)
    .map(Number);
  if (numbers.length !== 2 || numbers.some((n) => !Number.isFinite(n))) return Invalid.of("text");
  const [high, low] = numbers.map((n) => (n > 1 ? n / 100 : n)).sort((a, b) => b - a);
  return { onTrack: high, atRisk: low };
}

/** A fiscal year: 1402, «۱۴۰۲», "1402-1403" (its first year). */
export function readYear(value: CellValue): Read<number> {
  if (isBlank(value)) return undefined;
  const text =
    typeof value === "number"
      ? String(value)
      : typeof value === "string"
        ? canonicalCode(value)
        : "";
  const year = Number(/^(\d{4})(?:[-/]\d{2,4})?$/.exec(text)?.[1]);
  return isJalaliYear(year) || isGregorianYear(year) ? year : Invalid.of("text");
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
