import { parseNumber } from "../../../src/core/normalize/number";

test.each([
  [42, 42, false],
  ["42", 42, false],
  ["۱۲٬۵۰۰", 12500, false],
  ["1,234,567.5", 1234567.5, false],
  ["۲/۵", 2.5, false],
  ["۲٫۵", 2.5, false],
  ["80%", 0.8, true],
  ["۸۰٪", 0.8, true],
  ["۸۰ درصد", 0.8, true],
  ["(1,200)", -1200, false],
  ["−۳", -3, false],
  [" +7 ", 7, false],
  ["1 234", 1234, false],
])("%p reads as %p", (input, value, percent) => {
  expect(parseNumber(input)).toEqual({ kind: "number", value, percent });
});

test.each([
  ["دوازده", "text"],
  ["12 tonnes", "text"],
  ["1,23", "text"],
  ["1/2/3", "text"],
  [true, "boolean"],
])("%p is not a number (%s)", (input, reason) => {
  expect(parseNumber(input)).toEqual({ kind: "invalid", reason });
});

test("an error value is invalid, blanks are empty", () => {
  expect(parseNumber({ error: "#N/A" })).toEqual({ kind: "invalid", reason: "error" });
  expect(parseNumber(null)).toEqual({ kind: "empty" });
  expect(parseNumber("  ")).toEqual({ kind: "empty" });
});
