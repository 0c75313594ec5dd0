import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { encodeStoredMapping } from "../../src/core/mapping/stored-mapping";
import { readWorkbookBytes, WorkbookProblem } from "../../src/xlsx/workbook-bytes";
import { readWorkbookFile } from "../../src/cli/read-workbook";

const SAMPLE = path.join(__dirname, "../../samples/plan-fa.xlsx");

/** The bytes as a browser hands them over: a plain Uint8Array, not a Node Buffer. */
const plain = (bytes: Uint8Array) => new Uint8Array(bytes.buffer.slice(0));

const problemOf = (bytes: Uint8Array, file = "parent.xlsx") =>
  readWorkbookBytes(bytes, file).then(
    () => undefined,
    (error: unknown) =>
      error instanceof WorkbookProblem ? { key: error.key, values: error.values } : error
  );

test("reads a workbook from plain bytes exactly as the CLI reads the file", async () => {
  const bytes = plain(readFileSync(SAMPLE));
  expect(Buffer.isBuffer(bytes)).toBe(false);
  const read = await readWorkbookBytes(bytes, "plan-fa.xlsx");
  expect(read).toEqual(await readWorkbookFile(SAMPLE));
  expect(read.snapshot.sheets.length).toBeGreaterThan(3);
});

test("finds the mapping the add-in stored in the package", async () => {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const xml = encodeStoredMapping({ version: 1, roles: {} });
  zip.file("customXml/item7.xml", xml);
  const bytes = await zip.generateAsync({ type: "uint8array" });
  expect((await readWorkbookBytes(bytes, "stored.xlsx")).storedMappingXml).toBe(xml);
});

test("says what is wrong with bytes that are no workbook, naming the file", async () => {
  const utf16 = (text: string) => [...text].flatMap((c) => [c.charCodeAt(0), 0]);
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const encrypted = new Uint8Array([...cfb, ...new Array(600).fill(0), ...utf16("EncryptionInfo")]);
  const legacy = new Uint8Array([...cfb, ...new Array(600).fill(7)]);
  const text = new TextEncoder().encode("code,title\nG1,Clean city\n");
  const zip = new JSZip();
  zip.file("hello.txt", "not a workbook");
  const notWorkbook = await zip.generateAsync({ type: "uint8array" });
  const damaged = plain(readFileSync(SAMPLE)).slice(0, 2000);

  expect(await problemOf(new Uint8Array(0))).toEqual({
    key: "input.empty",
    values: { file: "parent.xlsx" },
  });
  expect(await problemOf(encrypted)).toMatchObject({ key: "input.encrypted" });
  expect(await problemOf(legacy)).toMatchObject({ key: "input.legacyXls" });
  expect(await problemOf(text)).toMatchObject({ key: "input.text" });
  expect(await problemOf(new Uint8Array([0x8f, 1, 2, 3, 250, 251]))).toMatchObject({
    key: "input.unknownBytes",
  });
  expect(await problemOf(notWorkbook)).toMatchObject({ key: "input.notWorkbookZip" });
  const broken = await problemOf(damaged, "broken.xlsx");
  expect(broken).toMatchObject({ key: "input.damaged", values: { file: "broken.xlsx" } });
  expect((broken as { values: { reason: string } }).values.reason).not.toBe("");
});
