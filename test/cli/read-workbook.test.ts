import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbookFile } from "../../src/cli/read-workbook";
import { parseDate, toJalaliParts } from "../../src/core/normalize/date";
import { SheetGrid } from "../../src/core/model/sheet-grid";
import { encodeStoredMapping } from "../../src/core/mapping/stored-mapping";

const dir = mkdtempSync(join(tmpdir(), "rahbord-read-"));

async function save(workbook: ExcelJS.Workbook, name: string): Promise<string> {
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function planWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const goals = workbook.addWorksheet("اهداف");
  goals.getCell("B2").value = "برنامهٔ راهبردی معاونت خدمات شهری";
  goals.mergeCells("B2:F2");
  ["کد هدف", "عنوان", "شروع", "پایان", "وزن", "سهم"].forEach((header, i) => {
    goals.getCell(4, 2 + i).value = header;
  });
  goals.getCell("B5").value = "ه-۱";
  goals.getCell("C5").value = {
    richText: [{ text: "افزایش " }, { text: "پوشش", font: { bold: true } }],
  };
  goals.getCell("D5").value = new Date(Date.UTC(2018, 4, 13));
  goals.getCell("D5").numFmt = "[$-fa-IR,16]yyyy/mm/dd";
  goals.getCell("E5").value = "۱۴۰۵/۱۲/۲۹";
  goals.getCell("F5").value = { formula: "20+30", result: 50 };
  goals.getCell("G5").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  goals.getCell("C6").value = { text: "پیوند", hyperlink: "https://example.org" };
  goals.getCell("F6").value = 0.25;
  goals.getCell("F6").numFmt = "0%";
  const hidden = workbook.addWorksheet("پنهان", { state: "hidden" });
  hidden.getCell("A1").value = "x";
  return workbook;
}

describe("reading an .xlsx file into the engine's snapshot", () => {
  it("keeps values, cached results, rich text, dates, merges and visibility as Excel shows them", async () => {
    const { snapshot, storedMappingXml } = await readWorkbookFile(
      await save(await planWorkbook(), "plan.xlsx")
    );
    expect(storedMappingXml).toBeUndefined();
    const [goals, hidden] = snapshot.sheets;
    expect(goals.name).toBe("اهداف");
    expect(goals.visibility).toBe("Visible");
    expect(hidden.visibility).toBe("Hidden");
    expect(goals.origin).toEqual({ row: 2, column: 2 });
    expect(goals.merged).toEqual([{ top: 2, left: 2, bottom: 2, right: 6 }]);

    const grid = new SheetGrid(goals);
    expect(grid.value(2, 2)).toBe("برنامهٔ راهبردی معاونت خدمات شهری");
    expect(grid.value(2, 3)).toBeNull(); // covered by the merge: empty, as in Excel
    expect(grid.value(3, 2)).toBeNull(); // the blank row stays
    expect(grid.value(4, 2)).toBe("کد هدف");
    expect(grid.value(5, 3)).toBe("افزایش پوشش");
    expect(grid.value(5, 4)).toBe(43233); // 2018-05-13 as Excel's serial
    expect(grid.format(5, 4)).toBe("[$-fa-IR,16]yyyy/mm/dd");
    expect(grid.value(5, 5)).toBe("۱۴۰۵/۱۲/۲۹");
    expect(grid.value(5, 6)).toBe(50);
    expect(grid.value(5, 7)).toEqual({ error: "#N/A" });
    expect(grid.value(6, 3)).toBe("پیوند");
    expect(grid.value(6, 6)).toBe(0.25);
    expect(grid.format(6, 6)).toBe("0%");
    expect(grid.format(5, 6)).toBeNull(); // General tells nothing

    const day = parseDate(grid.value(5, 4), "start", grid.format(5, 4));
    expect(day.kind === "date" && toJalaliParts(day.day)).toEqual({ jy: 1397, jm: 2, jd: 23 });
  });

  it("finds the mapping the add-in stored, among other custom XML parts", async () => {
    const path = await save(await planWorkbook(), "stored.xlsx");
    const zip = await JSZip.loadAsync(readFileSync(path));
    const xml = encodeStoredMapping({ version: 1, roles: {} });
    zip.file("customXml/item1.xml", '<other xmlns="urn:someone-else"/>');
    zip.file("customXml/item2.xml", xml);
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    expect((await readWorkbookFile(path)).storedMappingXml).toBe(xml);
  });

  it("keeps each Excel table's range and whether it has a header row", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Goals");
    sheet.getCell("A1").value = "Strategic plan 1403–1407";
    sheet.addTable({
      name: "Goals",
      ref: "B3",
      headerRow: true,
      columns: [{ name: "Goal code" }, { name: "Title" }],
      rows: [
        ["G1", "More services"],
        ["G2", "Lower costs"],
      ],
    });
    const { snapshot } = await readWorkbookFile(await save(workbook, "tables.xlsx"));
    expect(snapshot.sheets[0].tables).toEqual([
      { name: "Goals", area: { top: 3, left: 2, bottom: 5, right: 3 }, headerRow: true },
    ]);
  });

  it("reads dates of a 1904-system workbook to the same serials Excel shows", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("s");
    sheet.getCell("A1").value = new Date(Date.UTC(2018, 4, 13));
    sheet.getCell("A1").numFmt = "yyyy-mm-dd";
    const { snapshot } = await readWorkbookFile(await save(workbook, "1904.xlsx"));
    expect(snapshot.sheets[0].values[0][0]).toBe(43233 - 1462);
  });
});
