import { CATALOGUES, placeholders } from "../../../src/core/i18n";

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
/** Keys whose text is, by design, in the other language (the switch names the language it switches to). */
const OTHER_LANGUAGE_KEYS = new Set(["lang.switch"]);

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
