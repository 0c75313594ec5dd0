import { spawn } from "node:child_process";
import {
  accessSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { cellAddress } from "../../src/core/snapshot/address";
import { modelFromXlsx } from "../../src/simulator/model-from-xlsx";
import type { ModelValue } from "../../src/simulator/workbook-model";

/**
 * LibreOffice Calc (headless) as an independent formula engine: the workbook goes in, comes back
 * recalculated. See ../shared/notes/toolchain.md, "LibreOffice as an independent formula engine".
 */

/** A call takes 1–2 s here (fresh profile included); the limit leaves room for a loaded CI machine. */
const TIMEOUT_MS = 120_000;

/**
 * The profile setting that makes Calc recalculate every formula of an .xlsx (and .ods) on load:
 * without it, cells that carry a cached result keep it, so nothing would be checked.
 * 0 = always recalculate, 1 = never, 2 = ask.
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice executable on PATH, if any. */
function soffice(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean))
    for (const name of ["soffice", "libreoffice"]) {
      const file = path.join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  return undefined;
}

/** Whether LibreOffice (soffice) is installed, so that `recalculated` can run. */
export function hasLibreOffice(): boolean {
  return soffice() !== undefined;
}

/** A fresh LibreOffice profile directory that recalculates every formula on load. */
function freshProfile(dir: string): string {
  mkdirSync(path.join(dir, "user"), { recursive: true });
  writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
  return pathToFileURL(dir).href;
}

/**
 * Runs soffice in a process group of its own: the soffice script starts oosplash, which starts
 * soffice.bin, so a timeout kills the whole group, not only the first process.
 */
function run(file: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
      reject(new Error(`soffice killed after ${TIMEOUT_MS} ms: ${stderr.trim() || stdout.trim()}`));
    }, TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`soffice could not start: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr });
      else
        reject(
          new Error(
            `soffice failed (${signal ?? `exit ${code}`}): ${stderr.trim() || stdout.trim()}`
          )
        );
    });
  });
}

/**
 * The workbook as LibreOffice Calc saves it after loading it and recalculating every formula:
 * each formula cell's cached result is then Calc's own. Each call runs its own soffice process
 * with its own fresh profile, so parallel jest workers do not share (and lock) one.
 */
export async function recalculated(xlsx: Uint8Array): Promise<Uint8Array> {
  const file = soffice();
  if (!file)
    throw new Error(
      "LibreOffice is not installed (no soffice on PATH): apt-get install libreoffice-calc-nogui"
    );
  const dir = mkdtempSync(path.join(tmpdir(), "rahbord-soffice-"));
  try {
    const input = path.join(dir, "in", "book.xlsx");
    const outdir = path.join(dir, "out");
    mkdirSync(path.dirname(input));
    mkdirSync(outdir);
    writeFileSync(input, xlsx);
    const profile = freshProfile(path.join(dir, "profile"));
    const { stdout, stderr } = await run(file, [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outdir,
      input,
    ]);
    try {
      return new Uint8Array(readFileSync(path.join(outdir, "book.xlsx")));
    } catch {
      // soffice exits 0 when it cannot load or convert the file: it only says so.
      throw new Error(
        `soffice wrote no output: ${[stderr.trim(), stdout.trim()].filter(Boolean).join("\n")}`
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One cell as read back: the value Excel would show (a formula's result) and its formula. */
export interface CellReading {
  value: ModelValue;
  formula?: string;
  /** The value is an error ("#NAME?"), not text. */
  error?: boolean;
}

/**
 * The cells of one sheet of a workbook, by A1 address ("B2"), as the simulator reads them
 * (modelFromXlsx): a formula cell carries its cached result, so after `recalculated` the value
 * LibreOffice computed. Throws when the sheet is missing.
 */
export async function cellValues(
  xlsx: Uint8Array,
  sheet: string
): Promise<Record<string, CellReading>> {
  const model = await modelFromXlsx(xlsx);
  const found = model.sheet(sheet);
  if (!found)
    throw new Error(
      `No sheet "${sheet}" in the workbook (has ${model.sheets.map((s) => s.name).join(", ")})`
    );
  const cells: Record<string, CellReading> = {};
  for (const [row, line] of found.cells)
    for (const [column, { value, formula, error }] of line)
      cells[cellAddress(row, column)] = {
        value,
        ...(formula !== undefined && { formula }),
        ...(error && { error }),
      };
  return cells;
}
