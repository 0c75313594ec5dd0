import { cellText } from "../../src/playground/grid/cell-text";

const shown = (value: number, numberFormat?: string) => cellText({ value, numberFormat }).text;

test("General shows up to ten significant digits, exponents for the extremes", () => {
  expect(shown(1234)).toBe("1234");
  expect(shown(0.1 + 0.2)).toBe("0.3");
  expect(shown(-2.5)).toBe("-2.5");
  expect(shown(123456789012)).toBe("1.23457E+11");
  expect(shown(0.0000000001234)).toBe("1.234E-10");
});

test.each([
  ["#,##0", 1234567.4, "1,234,567"],
  ["0", 2.5, "3"],
  ["0.00", 3.14159, "3.14"],
  ["#,##0.0", -1234.56, "-1,234.6"],
  ["0%", 0.625, "63%"],
  ["0.0%", 0.0625, "6.3%"],
  ['#,##0" bn"', 1500, "1,500 bn"],
  ["[$-409]#,##0", 1500, "1,500"],
  ["#,##0;(#,##0)", -1500, "(1,500)"],
])("the number format %s shows %p as %s", (format, value, text) => {
  expect(shown(value, format)).toBe(text);
});

test("dates through their format: Gregorian, or Jalali for the Persian locale", () => {
  // 45006 is 2023-03-21, the first of Farvardin 1402.
  expect(shown(45006, "yyyy-mm-dd")).toBe("2023-03-21");
  expect(shown(45006, "d/m/yy")).toBe("21/3/23");
  expect(shown(45006, "[$-fa-IR,16]yyyy/mm/dd")).toBe("1402/01/01");
  expect(shown(-1, "yyyy-mm-dd")).toBe("########");
});

test("alignment as Excel's General: text at the start, numbers at the end, the rest centred", () => {
  expect(cellText({ value: "متن" })).toEqual({ text: "متن", align: "start" });
  expect(cellText({ value: 5 }).align).toBe("end");
  expect(cellText({ value: true })).toEqual({ text: "TRUE", align: "center" });
  expect(cellText({ value: "#NAME?", error: true })).toEqual({ text: "#NAME?", align: "center" });
  expect(cellText({ value: 12, numberFormat: "@" }).text).toBe("12");
});
