import ExcelJS from "exceljs";
import { cellValueOf } from "../../src/xlsx/cell-value";

test("a formula's cached 0 or FALSE is its value, though exceljs's cell.value drops it", async () => {
  const written = new ExcelJS.Workbook();
  const sheet = written.addWorksheet("S");
  sheet.getCell("A1").value = { formula: "SUM(B1:B2)", result: 0 };
  sheet.getCell("A2").value = { formula: "ISNUMBER(B1)", result: false };
  sheet.getCell("A3").value = { formula: "1+1", result: 2 };
  sheet.getCell("A4").value = 0;
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await written.xlsx.writeBuffer());
  const cells = ["A1", "A2", "A3", "A4"].map((a) => read.worksheets[0].getCell(a));
  expect(cells.map((c) => cellValueOf(c, 1900))).toEqual([0, false, 2, 0]);
});
