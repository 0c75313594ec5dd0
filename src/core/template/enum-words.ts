import type { Lang } from "../i18n";
import type { EnumTable } from "../normalize/enums";

const PERSIAN = /[\u0600-\u06ff]/;

/**
 * The word each value is offered as: its first Persian word (spelled for display), or in English
 * its id ("in-progress"), which the engine accepts like any synonym.
 */
export function enumWords(table: EnumTable<string>, lang: Lang): string[] {
  return Object.entries(table).map(([id, words]) =>
    lang === "fa" ? (words.find((w) => PERSIAN.test(w)) ?? id) : id
  );
}
