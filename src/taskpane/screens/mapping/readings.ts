import { capitalised, localizeDigits, type Translator } from "../../../core/i18n";
import { fieldLabel } from "../../../core/mapping/labels";
import type { WideColumn } from "../../../core/mapping/mapping-document";
import type { Role } from "../../../core/mapping/roles";

/** One column of a wide layout, without where it is: a measure for a year (and source) or a period. */
export type WideReading = Omit<WideColumn, "column" | "header">;

/** What a column holds: one of its role's fields, or one measure of a wide layout. */
export type Reading = { field: string } | { wide: WideReading };

/** What a wide column holds, without where it is. */
export function wideReading({ measure, year, period, source }: WideColumn): WideReading {
  return {
    measure,
    ...(year !== undefined ? { year } : {}),
    ...(period !== undefined ? { period } : {}),
    ...(source !== undefined ? { source } : {}),
  };
}

/** One text per reading: the value of its option, and what two readings are compared by. */
export function readingKey(reading: Reading): string {
  if ("field" in reading) return `field:${reading.field}`;
  const { measure, year, period, source } = reading.wide;
  return `wide:${measure}|${year ?? ""}|${period ?? ""}|${source ?? ""}`;
}

const PART_OF_YEAR = {
  Q: "mapping.period.quarter",
  H: "mapping.period.half",
  M: "mapping.period.month",
} as const;

/** A period key as the reader says it: "1402-Q1" is "Q1 1402", «سه‌ماههٔ ۱ ۱۴۰۲». */
function periodLabel(key: string, i18n: Translator): string {
  const [, year, part, n] = /^(\d{4})(?:-([QHM])(\d{1,2}))?$/.exec(key) ?? [];
  const digits = (text: string) => localizeDigits(text, i18n.prefs.digits);
  if (!year) return digits(key);
  if (!part) return digits(year);
  return i18n.t(PART_OF_YEAR[part as keyof typeof PART_OF_YEAR], {
    year: digits(year),
    n: digits(String(Number(n))),
  });
}

/** The role whose field a wide measure repeats, for its label. */
const MEASURE_ROLE = { approved: "budget", spent: "budget", target: "kpi", actual: "kpi" } as const;

/** A reading as the wizard names it: "Code", "Approved in 1402", "Actual in Q1 1402". */
export function readingLabel(role: Role, reading: Reading, i18n: Translator): string {
  const { lang, digits } = i18n.prefs;
  if ("field" in reading) return capitalised(fieldLabel(role, reading.field, lang));
  const { measure, year, period, source } = reading.wide;
  const params = {
    measure: capitalised(fieldLabel(MEASURE_ROLE[measure], measure, lang)),
    when:
      period === undefined ? localizeDigits(String(year ?? ""), digits) : periodLabel(period, i18n),
  };
  return source
    ? i18n.t("mapping.wide.source", { ...params, source })
    : i18n.t("mapping.wide", params);
}
