import { defaultDisplayPrefs, type DisplayPrefs } from "./display-prefs";
import { langFromTag } from "./lang";

export interface PrefsSources {
  /** `?lang=` on the page's address: an explicit link wins. */
  urlLang?: string | null;
  /** What the user chose last time. */
  stored?: DisplayPrefs;
  /** Office's display language (its UI language, from office.js). */
  officeLanguage?: string | null;
  /** navigator.language, for a plain browser. */
  browserLanguage?: string | null;
}

/** The display preferences to start with, from the most to the least explicit source; English otherwise. */
export function resolveDisplayPrefs(sources: PrefsSources): DisplayPrefs {
  const fromUrl = langFromTag(sources.urlLang);
  if (fromUrl)
    return sources.stored?.lang === fromUrl ? sources.stored : defaultDisplayPrefs(fromUrl);
  if (sources.stored) return sources.stored;
  const lang = langFromTag(sources.officeLanguage) ?? langFromTag(sources.browserLanguage) ?? "en";
  return defaultDisplayPrefs(lang);
}
