import {
  DIRECTIONS,
  enumKey,
  enumLookup,
  STATUSES,
  type EnumTable,
} from "../../../src/core/normalize/enums";
import { parsePeriod } from "../../../src/core/normalize/period";
import { unitKey } from "../../../src/core/normalize/unit";

test.each([
  ["Q1 1402", "1402-Q1"],
  ["1402 Q3", "1402-Q3"],
  ["فصل اول ۱۴۰۲", "1402-Q1"],
  ["سه‌ماهه سوم ۱۴۰۲", "1402-Q3"],
  ["عملکرد فصل ۱ سال ۱۴۰۲", "1402-Q1"],
  ["نیمه دوم 1401", "1401-H2"],
  ["خرداد ۱۴۰۲", "1402-M03"],
  ["Azar 1402", "1402-M09"],
  ["Mar 2024", "2024-M03"],
  ["1402/03", "1402-M03"],
  [1402, "1402"],
  ["Quarter 4 2024", "2024-Q4"],
])("period %p is %p", (text, key) => {
  expect(parsePeriod(text)?.key).toBe(key);
});

test.each(["Q5 1402", "hello", "", 12])("%p is no period", (text) => {
  expect(parsePeriod(text)).toBeUndefined();
});

test.each([
  ["درصد", "%"],
  ["%", "%"],
  ["Percent", "%"],
  ["میلیارد ریال", "billion-rials"],
  ["تن", "tonne"],
  ["کیلوگرم", "کیلوگرم"],
])("unit %p is %p", (unit, key) => {
  expect(unitKey(unit)).toBe(key);
});

test.each([
  [DIRECTIONS, "افزایشی", "increase"],
  [DIRECTIONS, "كاهشي", "decrease"],
  [DIRECTIONS, "حفظ وضع موجود", "maintain"],
  [DIRECTIONS, "Higher is better", "increase"],
  [STATUSES, "در حال اجرا", "in-progress"],
  [STATUSES, "درحال‌اجرا", "in-progress"],
  [STATUSES, "In-Progress", "in-progress"],
  [STATUSES, "با تأخیر", "delayed"],
  [STATUSES, "On hold", "stopped"],
])("%#: %p reads as %p", (table, word, value) => {
  expect(enumLookup(table as EnumTable<string>).get(enumKey(word))).toBe(value);
});
