import { readFileSync } from "node:fs";
import path from "node:path";
import { readWorkbookFile } from "../../src/cli/read-workbook";
import { detectMapping } from "../../src/core/mapping/detect";
import { HEADER_AREA_ROWS, readHeaderArea } from "../../src/excel/read-header-area";
import { modelFromXlsx } from "../../src/simulator/model-from-xlsx";
import { SimRequestContext } from "../../src/simulator/request-context";
import { ModelSheet, ModelWorkbook } from "../../src/simulator/workbook-model";

const samples = path.join(__dirname, "../../samples");
const asContext = (simulator: SimRequestContext) => simulator as unknown as Excel.RequestContext;

test.each([
  "plan-fa.xlsx",
  "plan-en.xlsx",
  "plan-fa-with-defects.xlsx",
  "plan-en-with-defects.xlsx",
])(
  "detection on %s's header area maps it as the CLI's detection does, in two syncs",
  async (file) => {
    const simulator = new SimRequestContext(
      await modelFromXlsx(readFileSync(path.join(samples, file)))
    );
    const area = await readHeaderArea(asContext(simulator), { mergedAreas: true });
    const cli = await readWorkbookFile(path.join(samples, file));
    expect(detectMapping(area).mapping).toEqual(detectMapping(cli.snapshot).mapping);
    expect(simulator.syncs).toHaveLength(2);
  }
);

test("two syncs whatever the number of sheets; only the top of each used range is read", async () => {
  const sheets = Array.from({ length: 30 }, (_, i) => {
    const sheet = new ModelSheet(`S${i + 1}`);
    for (let r = 3; r <= 2000; r++) sheet.setCell(r, 2, { value: r });
    return sheet;
  });
  sheets.push(new ModelSheet("Blank"));
  const simulator = new SimRequestContext(new ModelWorkbook(sheets));
  const area = await readHeaderArea(asContext(simulator));
  expect(simulator.syncs).toHaveLength(2);
  expect(area.sheets[0].origin).toEqual({ row: 3, column: 2 });
  expect(area.sheets[0].values).toHaveLength(HEADER_AREA_ROWS);
  expect(area.sheets[0].values[0]).toEqual([3]);
  expect(area.sheets.at(-1)).toEqual({
    name: "Blank",
    visibility: "Visible",
    origin: { row: 1, column: 1 },
    values: [],
  });
});

test("without merged areas (Excel before ExcelApi 1.13) a two-row header's group title is lost", async () => {
  const file = path.join(samples, "plan-fa.xlsx");
  const budget = async (mergedAreas: boolean) => {
    const simulator = new SimRequestContext(await modelFromXlsx(readFileSync(file)));
    const area = await readHeaderArea(asContext(simulator), { mergedAreas });
    return detectMapping(area).mapping.roles.budget?.wide?.length;
  };
  const cli = await readWorkbookFile(file);
  const expected = detectMapping(cli.snapshot).mapping.roles.budget?.wide?.length ?? 0;
  expect(await budget(true)).toBe(expected);
  expect(await budget(false)).toBeLessThan(expected);
});
