export const LANGS = ["fa", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** The language for a BCP 47 tag such as Office's displayLanguage ("fa-IR", "en-US"); Dari ("prs") reads Persian. */
export function langFromTag(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === "fa" || primary === "prs") return "fa";
  if (primary === "en") return "en";
  return undefined;
}

export function isRightToLeft(lang: Lang): boolean {
  return lang === "fa";
}
