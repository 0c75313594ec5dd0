import fc from "fast-check";
import { g2d, isValidJalaaliDate } from "jalaali-js";
import {
  dayFromExcelSerial,
  isDateFormat,
  parseDate,
  toGregorianParts,
  toJalaliParts,
} from "../../../src/core/normalize/date";

const day = (y: number, m: number, d: number) => g2d(y, m, d);

test.each([
  ["1397/2/23", day(2018, 5, 13), "jalali"],
  ["۱۳۹۷/۰۲/۲۳", day(2018, 5, 13), "jalali"],
  ["1397-02-23", day(2018, 5, 13), "jalali"],
  ["1397.2.23", day(2018, 5, 13), "jalali"],
  ["1398/01/01", day(2019, 3, 21), "jalali"],
  ["1399/12/30", day(2021, 3, 20), "jalali"], // 1399 is a leap year
  ["23/2/1397", day(2018, 5, 13), "jalali"], // Jalali is never written month-first
  ["2018-05-13", day(2018, 5, 13), "gregorian"],
  ["2018-05-13T00:00:00Z", day(2018, 5, 13), "gregorian"],
  ["13/05/2018", day(2018, 5, 13), "gregorian"], // day > 12: unambiguous
])("%p is a day", (text, expected, calendar) => {
  expect(parseDate(text)).toEqual({ kind: "date", day: expected, precision: "day", calendar });
});

test.each([
  ["1399/13/01", "impossible"],
  ["1400/12/30", "impossible"], // 1400 is a common year
  ["1402/07/31", "impossible"], // months 7–11 have 30 days
  ["2023-02-29", "impossible"],
  ["97/2/23", "ambiguous"],
  ["03/04/2024", "ambiguous"],
  ["next spring", "unparseable"],
  ["1234/05/06", "unparseable"],
])("%p is invalid: %s", (text, reason) => {
  expect(parseDate(text)).toEqual({ kind: "invalid", reason });
});

test("partial dates stand for the start or the end of their period", () => {
  expect(parseDate("1402", "start")).toMatchObject({ day: day(2023, 3, 21), precision: "year" });
  expect(parseDate("1402", "end")).toMatchObject({ day: day(2024, 3, 19), precision: "year" });
  expect(parseDate(1403, "end")).toMatchObject({ day: day(2025, 3, 20), precision: "year" }); // 1403 is leap
  expect(parseDate("1402/12", "end")).toMatchObject({ day: day(2024, 3, 19), precision: "month" });
  expect(parseDate("2024-02", "end")).toMatchObject({ day: day(2024, 2, 29), precision: "month" });
});

test("Excel serials, with and without a date format", () => {
  expect(parseDate(43233, "start", "[$-fa-IR,16]yyyy/mm/dd")).toMatchObject({
    day: day(2018, 5, 13),
  });
  expect(parseDate(43233.75)).toMatchObject({ day: day(2018, 5, 13) });
  expect(parseDate(1402)).toMatchObject({ precision: "year" }); // a bare year, not a serial in 1903
  expect(parseDate(1402, "start", "yyyy-mm-dd")).toMatchObject({ day: dayFromExcelSerial(1402) });
  expect(dayFromExcelSerial(60)).toBeUndefined(); // 29 Feb 1900 never existed
  expect(dayFromExcelSerial(61)).toBe(day(1900, 3, 1));
});

test.each([
  ["yyyy/mm/dd", true],
  ["[$-fa-IR,16]yyyy/mm/dd;@", true],
  ["d mmm yyyy", true],
  ["General", false],
  ["#,##0", false],
  ["0.00%", false],
  ["h:mm", false],
  ['"day" 0', false],
])("isDateFormat(%p) is %p", (format, expected) => {
  expect(isDateFormat(format)).toBe(expected);
});

test("Jalali ↔ Gregorian round-trips every day of 1300–1500", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1300, max: 1500 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
      (jy, jm, jd) => {
        const parsed = parseDate(`${jy}/${jm}/${jd}`);
        if (!isValidJalaaliDate(jy, jm, jd)) return parsed.kind === "invalid";
        if (parsed.kind !== "date") return false;
        const j = toJalaliParts(parsed.day);
        const g = toGregorianParts(parsed.day);
        const back = parseDate(
          `${g.gy}-${String(g.gm).padStart(2, "0")}-${String(g.gd).padStart(2, "0")}`
        );
        return (
          j.jy === jy &&
          j.jm === jm &&
          j.jd === jd &&
          back.kind === "date" &&
          back.day === parsed.day
        );
      }
    ),
    { numRuns: 2000 }
  );
});
