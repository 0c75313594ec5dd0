import { CATALOGUES, placeholders } from "../../../src/core/i18n";

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
/** Keys whose text is, by design, in the other language (the switch names the language it switches to). */
const OTHER_LANGUAGE_KEYS = new Set(["lang.switch"]);

/** Left-to-right islands (an English menu path) inside Persian text: U+2066 … U+2069. */
const LTR_ISOLATE = /\u2066[^\u2069]*\u2069/g;

const { en, fa } = CATALOGUES;
const keys = Object.keys(en) as (keyof typeof en)[];

describe("message catalogue", () => {
  test("Persian has exactly the English keys", () => {
    expect(Object.keys(fa).sort()).toEqual([...keys].sort());
  });

  test.each(keys)("%s is translated with the same placeholders", (key) => {
    expect(en[key].trim()).not.toBe("");
    expect(fa[key].trim()).not.toBe("");
    expect(placeholders(fa[key]).sort()).toEqual(placeholders(en[key]).sort());
    // An English menu path in Persian text must be isolated, or right-to-left layout reverses its steps.
    expect(fa[key].replace(LTR_ISOLATE, "")).not.toMatch(/[▸◂]/);
    const persianInFa = ARABIC_SCRIPT.test(fa[key]);
    const persianInEn = ARABIC_SCRIPT.test(en[key]);
    if (OTHER_LANGUAGE_KEYS.has(key)) {
      expect([persianInFa, persianInEn]).toEqual([false, true]);
    } else {
      expect(persianInFa).toBe(true);
      expect(persianInEn && !en[key].includes("(۱۲۳)")).toBe(false);
    }
  });
});
