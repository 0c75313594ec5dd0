import type { DisplayPrefs } from "./display-prefs";
import { formatDate, formatNumber } from "./format";
import { en, type MessageKey } from "./messages/en";
import { fa } from "./messages/fa";

export type MessageParams = Readonly<Record<string, string | number>>;

export const CATALOGUES = { en, fa } as const;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Names of the {placeholders} in a message, in order of appearance. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** Fills {name} placeholders; numbers go through `number` (the reader's digits), missing ones stay visible. */
export function fillPlaceholders(
  template: string,
  params: MessageParams | undefined,
  number: (value: number) => string
): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params?.[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? number(value) : value;
  });
}

export interface Translator {
  readonly prefs: DisplayPrefs;
  /** The message in the reader's language; number params are shown in the reader's digits. */
  t(key: MessageKey, params?: MessageParams): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  date(value: Date, withTime?: boolean): string;
}

export function createTranslator(prefs: DisplayPrefs): Translator {
  const catalogue: Record<MessageKey, string> = CATALOGUES[prefs.lang];
  const number = (value: number, options?: Intl.NumberFormatOptions) =>
    formatNumber(value, prefs, options);
  return {
    prefs,
    number,
    date: (value, withTime) => formatDate(value, prefs, withTime),
    t: (key, params) => fillPlaceholders(catalogue[key], params, number),
  };
}
