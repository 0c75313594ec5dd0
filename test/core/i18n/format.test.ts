import fc from "fast-check";
import { toGregorian } from "jalaali-js";
import {
  defaultDisplayPrefs,
  formatDate,
  formatNumber,
  localizeDigits,
  type DisplayPrefs,
} from "../../../src/core/i18n";

const fa = defaultDisplayPrefs("fa");
const en = defaultDisplayPrefs("en");
const faLatin: DisplayPrefs = { ...fa, digits: "latin" };
const faGregorian: DisplayPrefs = { ...fa, calendar: "gregorian" };

describe("formatNumber", () => {
  test.each<[DisplayPrefs, number, string]>([
    [fa, 1234567.5, "۱٬۲۳۴٬۵۶۷٫۵"],
    [en, 1234567.5, "1,234,567.5"],
    [faLatin, 1234567.5, "1,234,567.5"],
    [fa, -42, "\u200e−۴۲"],
    [fa, 0, "۰"],
  ])("%o %d → %s", (prefs, value, expected) => {
    expect(formatNumber(value, prefs)).toBe(expected);
  });
});

describe("formatDate", () => {
  // The seed's date: 1397/2/23 is 13 May 2018.
  const seed = new Date(2018, 4, 13, 9, 5);
  test.each<[DisplayPrefs, boolean, string]>([
    [fa, false, "۱۳۹۷/۰۲/۲۳"],
    [faLatin, false, "1397/02/23"],
    [faGregorian, true, "۲۰۱۸-۰۵-۱۳ ۰۹:۰۵"],
    [en, false, "2018-05-13"],
    [{ ...en, calendar: "jalali" }, true, "1397/02/23 09:05"],
  ])("%o (time %s) → %s", (prefs, withTime, expected) => {
    expect(formatDate(seed, prefs, withTime)).toBe(expected);
  });

  test("1 Farvardin 1398 is 21 March 2019", () => {
    expect(formatDate(new Date(2019, 2, 21), faLatin)).toBe("1398/01/01");
  });

  test("a Jalali date shown for any day of 1300–1500 converts back to that day", () => {
    const start = new Date(1921, 2, 21).getTime();
    const end = new Date(2121, 2, 20).getTime();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Math.floor((end - start) / 86_400_000) }), (days) => {
        const date = new Date(start);
        date.setDate(date.getDate() + days);
        const [jy, jm, jd] = formatDate(date, faLatin).split("/").map(Number);
        const g = toGregorian(jy, jm, jd);
        return (
          g.gy === date.getFullYear() && g.gm === date.getMonth() + 1 && g.gd === date.getDate()
        );
      })
    );
  });
});

test("localizeDigits maps only ASCII digits", () => {
  expect(localizeDigits("v1.7 (2024)", "persian")).toBe("v۱.۷ (۲۰۲۴)");
  expect(localizeDigits("۱۲ and 12", "latin")).toBe("۱۲ and 12");
});
