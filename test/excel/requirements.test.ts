import {
  MIN_EXCEL_API,
  OPERATIONS,
  OPTIONAL_FEATURES,
  operationSupport,
  supportReport,
} from "../../src/excel/requirements";

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
    ["dataValidation", "readingOrder", "rangeAreas", "cultureInfo", "insertSheets", "mergedAreas"],
  ],
  [
    "Office 2019 (volume-licensed)",
    "1.7",
    true,
    ["dataValidation", "readingOrder", "rangeAreas", "cultureInfo", "insertSheets", "mergedAreas"],
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

describe("each operation declares the ExcelApi set it needs and the features it uses", () => {
  test("on Office 2019, highlight runs without RangeAreas and validate without reading order or merged areas", () => {
    const office2019 = excelUpTo("1.7");
    expect(operationSupport("highlight", office2019)).toEqual({
      runs: true,
      needs: "1.6",
      missing: [expect.objectContaining({ id: "rangeAreas" })],
    });
    expect(operationSupport("validate", office2019).missing.map((f) => f.id)).toEqual([
      "readingOrder",
      "mergedAreas",
    ]);
    expect(operationSupport("clearHighlights", office2019).missing).toEqual([]);
  });

  test("below the add-in's minimum no operation runs, even one that needs less", () => {
    expect(operationSupport("navigate", excelUpTo("1.6")).runs).toBe(false);
    expect(operationSupport("navigate", excelUpTo("1.7")).runs).toBe(true);
  });

  test("every feature an operation uses is a declared optional feature", () => {
    const declared = OPTIONAL_FEATURES.map((f) => f.id);
    for (const { uses } of Object.values(OPERATIONS))
      for (const id of uses) expect(declared).toContain(id);
  });
});
