import fc from "fast-check";
import { hasHeaderWord, readHeader } from "../../../src/core/mapping/header-lexicon";

const WORDS = [
  "کد هدف",
  "عنوان",
  "اعتبار مصوب",
  "عملکرد",
  "واحد سنجش",
  "وزن",
  "Goal code",
  "approved",
  "spent",
  "KPI",
  "title",
  "weight",
  "Owner",
];

test("hasHeaderWord says whether readHeader finds any header word", () => {
  expect(hasHeaderWord("اعتبار مصوب ۱۴۰۲")).toBe(true);
  expect(hasHeaderWord("2024 approved (loans)")).toBe(true);
  expect(hasHeaderWord("ناوگان حمل پسماند")).toBe(false);
  expect(hasHeaderWord("اق-12")).toBe(false);
  expect(hasHeaderWord("")).toBe(false);
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(fc.constantFrom(...WORDS), fc.string(), fc.constantFrom(" ", "-", "۱۴۰۲", "(")),
        {
          maxLength: 6,
        }
      ),
      (parts) => {
        const text = parts.join("");
        expect(hasHeaderWord(text)).toBe(readHeader(text).tokens.length > 0);
      }
    ),
    { numRuns: 2000 }
  );
});
