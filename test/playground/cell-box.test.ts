import { cellBox } from "../../src/playground/grid/cell-box";
import { gridLayout } from "../../src/playground/grid/grid-layout";
import { ModelSheet } from "../../src/simulator/workbook-model";

/** Ten pixels a character, so that widths are easy to follow. */
const textWidth = (text: string) => text.length * 10;

function sheetOf(rightToLeft: boolean) {
  const sheet = new ModelSheet("Plan");
  sheet.rightToLeft = rightToLeft;
  sheet.setCell(1, 1, { value: "A title much wider than its cell" }); // 320 px
  sheet.setCell(1, 4, { value: "", fill: "#DDEBF7" });
  sheet.setCell(2, 1, { value: 1234.5, numberFormat: "#,##0", font: { bold: true } });
  sheet.setCell(3, 1, { value: "عنوان", readingOrder: "RightToLeft" });
  return sheet;
}

const box = (sheet: ModelSheet, row: number, column: number, paint?: { fill: string }) =>
  cellBox(sheet, gridLayout(sheet), { row, column }, paint, textWidth);

test("text runs on over empty cells as far as it needs, stopping at a filled one", () => {
  const { style } = box(sheetOf(false), 1, 1);
  expect(style.width).toBe(3 * 64); // D1 is filled
  expect(style.background).toBe("#fff");
});

test("numbers: formatted, at the sheet's end, on the physical side the sheet starts from", () => {
  const ltr = box(sheetOf(false), 2, 1);
  expect(ltr.text).toBe("1,235");
  expect(ltr.style).toMatchObject({
    left: expect.any(Number),
    textAlign: "right",
    fontWeight: 600,
  });
  const rtl = box(sheetOf(true), 2, 1);
  expect(rtl.style).toMatchObject({ right: expect.any(Number), textAlign: "left" });
  expect(rtl.dir).toBe("ltr");
});

test("text reads in its own direction; in a sheet of the other direction it does not run on", () => {
  const persian = box(sheetOf(false), 3, 1);
  expect(persian).toMatchObject({ dir: "rtl", style: { textAlign: "right", width: 64 } });
});

test("a merged area is drawn whole; conditional formats colour over the cell's own fill", () => {
  const sheet = sheetOf(false);
  const merged = { top: 1, left: 1, bottom: 2, right: 3 };
  const drawn = cellBox(
    sheet,
    gridLayout(sheet),
    { row: 1, column: 1, merged },
    undefined,
    textWidth
  );
  expect(drawn.style).toMatchObject({ width: 192, height: 40 });
  expect(box(sheet, 1, 4, { fill: "#FFC7CE" }).style.background).toBe("#FFC7CE");
});
