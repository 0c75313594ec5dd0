import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkbookFile } from "../../src/cli/read-workbook";
import { writeTemplateFile } from "../../src/cli/write-template";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { modelFromXlsx } from "../../src/simulator/model-from-xlsx";
import { PAYLOAD_LIMIT } from "../../src/simulator/payload";
import { SimRequestContext } from "../../src/simulator/request-context";
import { ModelSheet, ModelWorkbook } from "../../src/simulator/workbook-model";

const samples = path.join(__dirname, "../../samples");
const asContext = (simulator: SimRequestContext) => simulator as unknown as Excel.RequestContext;

/** Merged areas compare in reading order (the CLI lists them as it meets their cells). */
const comparable = (snapshot: WorkbookSnapshot) => ({
  sheets: snapshot.sheets.map(({ merged, ...sheet }) => ({
    ...sheet,
    merged: [...(merged ?? [])].sort((a, b) => a.top - b.top || a.left - b.left),
  })),
});

test.each([
  "plan-fa.xlsx",
  "plan-en.xlsx",
  "plan-fa-with-defects.xlsx",
  "plan-en-with-defects.xlsx",
])("%s reads through the API as the CLI reads the file", async (file) => {
  const bytes = readFileSync(path.join(samples, file));
  const simulator = new SimRequestContext(await modelFromXlsx(bytes));
  const snapshot = await readSnapshot(asContext(simulator), { mergedAreas: true });
  const cli = await readWorkbookFile(path.join(samples, file));
  expect(comparable(snapshot)).toEqual(comparable(cli.snapshot));
  expect(simulator.syncs).toHaveLength(3); // a small plan is one chunk
});

test("only the sheets asked for are read", async () => {
  const bytes = readFileSync(path.join(samples, "plan-en.xlsx"));
  const simulator = new SimRequestContext(await modelFromXlsx(bytes));
  const snapshot = await readSnapshot(asContext(simulator), { only: ["Goals"] });
  expect(snapshot.sheets.map((s) => s.name)).toEqual(["Goals"]);
});

test("errors, dates and blank sheets come through as the engine expects", async () => {
  const sheet = new ModelSheet("Data");
  sheet.setCell(3, 2, { value: "code" });
  sheet.setCell(3, 4, { value: 45000, numberFormat: "yyyy/mm/dd" });
  sheet.setCell(4, 2, { value: "#DIV/0!", error: true, formula: "=1/0" });
  sheet.setCell(4, 3, { value: 12.5 });
  const simulator = new SimRequestContext(new ModelWorkbook([sheet, new ModelSheet("Blank")]));
  const snapshot = await readSnapshot(asContext(simulator));
  expect(snapshot.sheets).toEqual([
    {
      name: "Data",
      visibility: "Visible",
      origin: { row: 3, column: 2 },
      values: [
        ["code", null, 45000],
        [{ error: "#DIV/0!" }, 12.5],
      ],
      numberFormats: [[null, null, "yyyy/mm/dd"], []],
    },
    { name: "Blank", visibility: "Visible", origin: { row: 1, column: 1 }, values: [] },
  ]);
});

const FOUR_MB = 4 * 1024 * 1024;

test("a large plan is read in chunks: two syncs plus one a chunk, each filled near and never over 4 MB", async () => {
  const sheet = new ModelSheet("Budget");
  const rows = 60_000;
  for (let r = 1; r <= rows; r++) {
    sheet.setCell(r, 1, { value: `اقدام-${r}` });
    sheet.setCell(r, 2, { value: "اعتبار مصوب هزینه‌ای برای نگهداری فضای سبز محله‌ها" });
    for (let c = 3; c <= 8; c++) sheet.setCell(r, c, { value: r * c });
  }
  const simulator = new SimRequestContext(new ModelWorkbook([sheet]));
  const snapshot = await readSnapshot(asContext(simulator));
  expect(snapshot.sheets[0].values).toHaveLength(rows);
  expect(snapshot.sheets[0].values[rows - 1]).toEqual([
    `اقدام-${rows}`,
    "اعتبار مصوب هزینه‌ای برای نگهداری فضای سبز محله‌ها",
    ...[3, 4, 5, 6, 7, 8].map((c) => rows * c),
  ]);
  const chunks = simulator.syncs.slice(2).map((s) => s.responseBytes);
  expect(chunks.length).toBeGreaterThan(1);
  expect(Math.max(...chunks)).toBeLessThanOrEqual(FOUR_MB);
  // Chunks after the first are sized by what the first measured: full, not cautious.
  for (const bytes of chunks.slice(1, -1)) expect(bytes).toBeGreaterThan(0.7 * FOUR_MB);
  expect(simulator.largest().requestBytes).toBeLessThan(PAYLOAD_LIMIT);
});

test("a chunk refused for its size is read again at half; later chunks, sized by it, stay under 4 MB", async () => {
  const sheet = new ModelSheet("Notes");
  const long = "ش".repeat(2000); // 4 KB a cell: far above the estimate per cell
  for (let r = 1; r <= 3000; r++) sheet.setCell(r, 1, { value: long });
  const simulator = new SimRequestContext(new ModelWorkbook([sheet]));
  const snapshot = await readSnapshot(asContext(simulator));
  expect(snapshot.sheets[0].values).toHaveLength(3000);
  expect(snapshot.sheets[0].values.every((line) => line[0] === long)).toBe(true);
  const responses = simulator.syncs.slice(2).map((s) => s.responseBytes);
  const firstRead = responses.findIndex((bytes) => bytes <= PAYLOAD_LIMIT);
  expect(firstRead).toBeGreaterThan(0); // the first chunk, guessed at 64 bytes a cell, was refused
  for (const bytes of responses.slice(firstRead + 1)) expect(bytes).toBeLessThanOrEqual(FOUR_MB);
});

test.each(["fa", "en"] as const)(
  "the %s template's Excel tables read through the API as the CLI reads them",
  async (lang) => {
    const dir = mkdtempSync(path.join(tmpdir(), "rahbord-"));
    const file = path.join(dir, "template.xlsx");
    await writeTemplateFile(file, lang);
    const simulator = new SimRequestContext(await modelFromXlsx(readFileSync(file)));
    const snapshot = await readSnapshot(asContext(simulator), { mergedAreas: true });
    const cli = await readWorkbookFile(file);
    expect(snapshot.sheets.filter((s) => s.tables?.length).length).toBeGreaterThan(3);
    expect(comparable(snapshot)).toEqual(comparable(cli.snapshot));
  }
);

test("a read tells its progress chunk by chunk, and stops between chunks when aborted", async () => {
  const sheet = new ModelSheet("Budget");
  for (let r = 1; r <= 60_000; r++)
    for (let c = 1; c <= 8; c++) sheet.setCell(r, c, { value: `${r}:${c}` });
  const model = new ModelWorkbook([sheet]);
  const progress: number[] = [];
  await readSnapshot(asContext(new SimRequestContext(model)), {
    onProgress: (read, total) => progress.push(read / total),
  });
  expect(progress.length).toBeGreaterThan(1);
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
  expect(progress.at(-1)).toBe(1);

  const controller = new AbortController();
  const simulator = new SimRequestContext(model);
  const reading = readSnapshot(asContext(simulator), {
    signal: controller.signal,
    onProgress: () => controller.abort(),
  });
  await expect(reading).rejects.toMatchObject({ name: "AbortError" });
  expect(simulator.syncs).toHaveLength(3); // the two first syncs and one chunk
});
