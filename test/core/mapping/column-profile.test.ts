import { profileColumn } from "../../../src/core/mapping/column-profile";
import { SheetGrid } from "../../../src/core/model/sheet-grid";

const column = (...cells: (string | number)[]) =>
  new SheetGrid({
    name: "s",
    visibility: "Visible",
    origin: { row: 1, column: 1 },
    values: [["header"], ...cells.map((c) => [c])],
  });

test.each([
  ["Persian digits", ["۱۴۰۲/۰۵/۱۲", "۱۴۰۳/۰۱/۰۱"]],
  ["ASCII digits", ["1402/05/12", "2024-03-20"]],
])("written dates count as dates, in %s", (_, dates) => {
  expect(profileColumn(column(...dates), 1, 2).dates).toBe(1);
});

test("codes and numbers with separators are not dates", () => {
  const profile = profileColumn(column("G-1", "۱.۲", "P1/2", "1.5"), 1, 2);
  expect(profile.dates).toBe(0);
  expect(profile.codeLike).toBe(1);
});
