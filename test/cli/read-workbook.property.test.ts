import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readWorkbookFile } from "../../src/cli/read-workbook";
import type { CellValue } from "../../src/core/snapshot/workbook-snapshot";

const dir = mkdtempSync(join(tmpdir(), "rahbord-roundtrip-"));

/** Cells as a planning sheet holds them: Persian and Latin text (formula-looking too), numbers, flags, errors. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom("کد هدف", "ه-۱", "۱۴۰۲/۰۱/۰۱", "=SUM(A1:A3)", "+98", "-۵", "@owner", "G1.2"),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== ""),
  // Excel stores no negative zero: -0 is written and read back as 0.
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((n) => n + 0),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }, { error: "#REF!" })
);

const grid = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), {
  minLength: 1,
  maxLength: 8,
});

/** The grid as Excel's used range would show it: trimmed to its first and last filled rows and columns. */
function usedRange(rows: CellValue[][]) {
  const filled = rows.flatMap((r, i) => r.flatMap((v, j) => (v === null ? [] : [[i, j]])));
  if (filled.length === 0) return undefined;
  const top = Math.min(...filled.map(([i]) => i));
  const left = Math.min(...filled.map(([, j]) => j));
  const bottom = Math.max(...filled.map(([i]) => i));
  const values = rows.slice(top, bottom + 1).map((r) => {
    const line = r.slice(left);
    while (line.length && line[line.length - 1] === null) line.pop();
    return line;
  });
  return { origin: { row: top + 1, column: left + 1 }, values };
}

it("reads back exactly the cells exceljs wrote, text that looks like a formula included", async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(grid, async (rows) => {
      const expected = usedRange(rows);
      fc.pre(expected !== undefined);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("برگه");
      rows.forEach((r, i) =>
        r.forEach((v, j) => {
          if (v !== null) sheet.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue;
        })
      );
      const path = join(dir, `grid-${run++}.xlsx`);
      await workbook.xlsx.writeFile(path);
      const [read] = (await readWorkbookFile(path)).snapshot.sheets;
      expect(read.origin).toEqual(expected!.origin);
      expect(read.values).toEqual(expected!.values);
    }),
    { numRuns: 60 }
  );
});
