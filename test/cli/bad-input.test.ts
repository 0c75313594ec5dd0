import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { digest, FIXTURES, runCli, SAMPLES, tempDir } from "./run-cli";

const dir = tempDir();

async function file(name: string, bytes: Buffer | string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function workbook(name: string, build: (w: ExcelJS.Workbook) => void): Promise<string> {
  const w = new ExcelJS.Workbook();
  build(w);
  const path = join(dir, name);
  await w.xlsx.writeFile(path);
  return path;
}

function copy(from: string, name: string): string {
  const path = join(dir, name);
  copyFileSync(from, path);
  return path;
}

/** Deterministic "random" bytes that start like nothing in particular. */
function noise(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = 12345;
  for (let i = 0; i < length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  bytes[0] = 0x8f;
  return bytes;
}

const cases: [string, () => Promise<string>, RegExp][] = [
  ["a missing file", async () => join(dir, "nowhere.xlsx"), /nowhere\.xlsx: no such file/],
  ["a folder", async () => dir, /is a folder/],
  ["a 0-byte file", () => file("empty.xlsx", ""), /is empty \(0 bytes\)/],
  ["text named .xlsx", () => file("plan.xlsx", "کد,عنوان\nس-1,سیاست\n"), /holds text/],
  [
    "a zip that is not a workbook",
    async () => {
      const zip = new JSZip().file("readme.txt", "hello");
      return file("archive.xlsx", await zip.generateAsync({ type: "nodebuffer" }));
    },
    /zip archive but not an Excel workbook/,
  ],
  ["random bytes", () => file("noise.xlsx", noise(4096)), /not an \.xlsx workbook/],
  [
    "a truncated workbook",
    async () => file("cut.xlsx", readFileSync(join(SAMPLES, "plan-en.xlsx")).subarray(0, 3000)),
    /damaged \.xlsx workbook/,
  ],
  [
    "an encrypted workbook",
    async () => copy(join(FIXTURES, "encrypted.xlsx"), "locked.xlsx"),
    /password-protected/,
  ],
  [
    "an Excel 97–2003 workbook",
    async () => copy(join(FIXTURES, "legacy.xls"), "old.xlsx"),
    /97–2003/,
  ],
  [
    "a workbook with no sheets",
    () => workbook("nosheets.xlsx", () => undefined),
    /has no worksheets/,
  ],
  [
    "a workbook with no data",
    () => workbook("blank.xlsx", (w) => void w.addWorksheet("Sheet1")),
    /no data in any of them/,
  ],
  [
    "a workbook with data but no plan",
    () => workbook("shopping.xlsx", (w) => void w.addWorksheet("x").addRow(["apples", 3])),
    /No sheet of shopping\.xlsx was recognised/,
  ],
];

describe.each(["validate", "detect"])("rahbord %s on input it cannot read", (command) => {
  it.each(cases)("refuses %s: exit 2, one line, the file untouched", async (_, make, message) => {
    const path = await make();
    const before = existsSync(path) && statSync(path).isFile() ? digest(path) : undefined;
    const { code, out, err } = await runCli([command, path]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err.split("\n")).toHaveLength(1); // no stack trace without --debug
    if (before) expect(digest(path)).toBe(before);
  });
});

it("shows the stack trace with --debug", async () => {
  const path = await file("noise2.xlsx", noise(100));
  const { code, err } = await runCli(["validate", path, "--debug"]);
  expect(code).toBe(2);
  expect(err.split("\n").length).toBeGreaterThan(2);
  expect(err).toMatch(/at .*input-problem/);
});

it("says what is wrong in Persian with --lang fa", async () => {
  const { code, err } = await runCli(["validate", join(dir, "nowhere.xlsx"), "--lang", "fa"]);
  expect(code).toBe(2);
  expect(err).toContain("چنین پرونده‌ای نیست");
});
