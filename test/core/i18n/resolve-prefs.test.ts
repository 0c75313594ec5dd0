import {
  defaultDisplayPrefs,
  langFromTag,
  resolveDisplayPrefs,
  type DisplayPrefs,
  type PrefsSources,
} from "../../../src/core/i18n";

test.each([
  ["fa-IR", "fa"],
  ["FA", "fa"],
  ["prs-AF", "fa"],
  ["en-US", "en"],
  ["en_GB", "en"],
  ["de-DE", undefined],
  ["", undefined],
  [null, undefined],
])("langFromTag(%p) → %p", (tag, lang) => {
  expect(langFromTag(tag)).toBe(lang);
});

const storedFaLatin: DisplayPrefs = { lang: "fa", digits: "latin", calendar: "jalali" };

test.each<[string, PrefsSources, DisplayPrefs]>([
  [
    "Office's language",
    { officeLanguage: "fa-IR", browserLanguage: "en-US" },
    defaultDisplayPrefs("fa"),
  ],
  ["the browser's when Office has none", { browserLanguage: "fa" }, defaultDisplayPrefs("fa")],
  ["English when nothing is known", { officeLanguage: "de-DE" }, defaultDisplayPrefs("en")],
  [
    "the stored choice over Office's",
    { stored: storedFaLatin, officeLanguage: "en-US" },
    storedFaLatin,
  ],
  [
    "?lang= over the stored choice",
    { urlLang: "en", stored: storedFaLatin },
    defaultDisplayPrefs("en"),
  ],
  ["the stored digits when ?lang= agrees", { urlLang: "fa", stored: storedFaLatin }, storedFaLatin],
  [
    "an unknown ?lang= ignored",
    { urlLang: "xx", officeLanguage: "fa-IR" },
    defaultDisplayPrefs("fa"),
  ],
])("starts from %s", (_, sources, expected) => {
  expect(resolveDisplayPrefs(sources)).toEqual(expected);
});
