import {
  areaOfRange,
  cellAddress,
  columnLetters,
  columnNumber,
} from "../../../src/core/snapshot/address";

describe("A1 addresses", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [16384, "XFD"],
  ])("column %i is %s, and back", (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it("refuses columns past XFD and non-letters", () => {
    expect(columnNumber("XFE")).toBeUndefined();
    expect(columnNumber("A1")).toBeUndefined();
  });

  it.each([
    ["B3:F40", { top: 3, left: 2, bottom: 40, right: 6 }],
    ["$B$3:$F$40", { top: 3, left: 2, bottom: 40, right: 6 }],
    ["'اهداف'!B3:F40", { top: 3, left: 2, bottom: 40, right: 6 }],
    ["Sheet1!C5", { top: 5, left: 3, bottom: 5, right: 3 }],
  ])("reads the range %s", (range, area) => {
    expect(areaOfRange(range)).toEqual(area);
  });

  it.each(["", "B3:", "3:5", "A:C", "XFE1"])("refuses %j", (range) => {
    expect(areaOfRange(range)).toBeUndefined();
  });

  it("writes a cell's address", () => expect(cellAddress(12, 28)).toBe("AB12"));
});
