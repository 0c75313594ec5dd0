import { MIN_EXCEL_API, supportReport } from "../../src/excel/requirements";

/** An Excel that supports every ExcelApi set up to and including `max`. */
const excelUpTo = (max: string) => (name: string, version: string) => {
  const [maj, min] = version.split(".").map(Number);
  const [topMaj, topMin] = max.split(".").map(Number);
  return name === "ExcelApi" && (maj < topMaj || (maj === topMaj && min <= topMin));
};

test.each([
  [
    "Office 2016 (volume-licensed)",
    "1.1",
    false,
    ["dataValidation", "readingOrder", "cultureInfo", "insertSheets", "mergedAreas"],
  ],
  [
    "Office 2019 (volume-licensed)",
    "1.7",
    true,
    ["dataValidation", "readingOrder", "cultureInfo", "insertSheets", "mergedAreas"],
  ],
  ["Office 2021", "1.14", true, []],
  ["Office 2024", "1.17", true, []],
  ["Microsoft 365", "1.20", true, []],
])("%s (ExcelApi %s): runs %s, lacks %p", (_, max, runs, missing) => {
  const report = supportReport(excelUpTo(max));
  expect(report.runs).toBe(runs);
  expect(report.missing.map((f) => f.id)).toEqual(missing);
});

test("an Excel between 1.9 and 1.11 lacks only the later features", () => {
  expect(supportReport(excelUpTo("1.10")).missing.map((f) => f.id)).toEqual([
    "cultureInfo",
    "insertSheets",
    "mergedAreas",
  ]);
});

test("the minimum is Office 2019's level", () => {
  expect(MIN_EXCEL_API).toBe("1.7");
});
