import { gridLayout, HEADER_PX, ROW_PX, visibleArea } from "../../src/playground/grid/grid-layout";
import { ModelSheet } from "../../src/simulator/workbook-model";

function tenThousandRows() {
  const sheet = new ModelSheet("Plan");
  for (let row = 1; row <= 10_000; row++) sheet.setCell(row, 8, { value: row });
  sheet.frozenRows = 4;
  sheet.columnWidths.set(2, 150); // points
  return sheet;
}

test("the grid reaches past the content, at Excel's default sizes unless a column has its own", () => {
  const layout = gridLayout(tenThousandRows());
  expect(layout.rows).toBe(10_030);
  expect(layout.columns).toBe(26);
  expect(layout.columnStarts.slice(0, 4)).toEqual([0, 64, 264, 328]);
  expect(layout.frozenRows).toBe(4);
  expect(layout.rowHeaderPx).toBeGreaterThan(8 * 5); // room for "10030"
});

test("a chart and the selection widen the grid to reach them", () => {
  const sheet = new ModelSheet("Dashboard");
  // 3,216 points down is 4,288 pixels: row 215; 1,560 points across is 2,080 pixels: column 33.
  const chart = { position: { top: 3000, left: 1200, width: 360, height: 216 } };
  sheet.charts.push(chart as ModelSheet["charts"][number]);
  expect(gridLayout(sheet)).toMatchObject({ rows: 245, columns: 37 });
  expect(gridLayout(sheet, { top: 400, left: 2, bottom: 400, right: 40 })).toMatchObject({
    rows: 430,
    columns: 44,
  });
});

test("only the rows and columns in view are drawn, the frozen rows apart", () => {
  const layout = gridLayout(tenThousandRows());
  const view = { width: 800, height: 600 };
  expect(visibleArea(layout, { top: 0, inline: 0 }, view)).toEqual({
    top: 5,
    bottom: 38,
    left: 1,
    right: 14,
  });
  const far = visibleArea(layout, { top: 9000 * ROW_PX, inline: 1000 }, view);
  expect(far.top).toBe(9005 - 4);
  expect(far.bottom - far.top).toBeLessThan(Math.ceil((view.height - HEADER_PX) / ROW_PX) + 10);
  expect(far.left).toBeGreaterThan(1);
  const end = visibleArea(layout, { top: layout.rows * ROW_PX, inline: 0 }, view);
  expect(end.bottom).toBe(layout.rows);
});
