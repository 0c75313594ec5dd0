import fc from "fast-check";
import { canonicalCode, canonicalWords, digitsValue } from "../../../src/core/normalize/text";

test.each([
  ["۱-۲", "1-2"],
  ["1-2", "1-2"],
  ["١‐٢", "1-2"],
  [" 1 – 2 ", "1-2"],
  ["G-01", "g-01"],
  ["كي-۳", "کی-3"],
  ["ه‌-۱", "ه-1"], // ZWNJ
  ["\u200fG1\u200e", "g1"], // bidi marks pasted in with the text
  ["اقـــدام", "اقدام"], // tatweel
  ["هَدَف", "هدف"], // harakat
  ["برنامهٔ", "برنامه"],
  ["P\u00a01", "p1"], // NBSP
  ["ＡＢ−5", "ab-5"], // fullwidth letters, minus sign
])("canonicalCode(%p) → %p", (input, expected) => {
  expect(canonicalCode(input)).toBe(expected);
});

test("canonicalWords keeps one space between words", () => {
  expect(canonicalWords("  تاريخ   شروع ")).toBe("تاریخ شروع");
  expect(canonicalWords("Start\tDate")).toBe("start date");
  expect(canonicalWords("هزینه‌شده")).toBe("هزینهشده");
});

test("digitsValue reads digits of any of the three scripts", () => {
  expect([digitsValue("۱۴۰۲"), digitsValue("١٤٠٢"), digitsValue("1402")]).toEqual([
    1402, 1402, 1402,
  ]);
});

test("canonicalisation is idempotent and never adds length", () => {
  const persianish = fc.string({
    unit: fc.constantFrom(..."abcAB12 -_/.۱۲٣ يكیکهٔ‌\u200f\u2013ـًa"),
    maxLength: 30,
  });
  fc.assert(
    fc.property(fc.oneof(fc.string(), persianish), (s) => {
      const once = canonicalCode(s);
      expect(canonicalCode(once)).toBe(once);
      expect(canonicalWords(canonicalWords(s))).toBe(canonicalWords(s));
      expect(once.length).toBeLessThanOrEqual(s.length);
    })
  );
});
