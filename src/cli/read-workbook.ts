import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { readWorkbookBytes, WorkbookProblem, type WorkbookRead } from "../xlsx/workbook-bytes";
import { fileSystemProblem } from "./file-system-reason";
import { InputProblem, inputProblemOf } from "./input-problem";

export type { WorkbookRead } from "../xlsx/workbook-bytes";

/** Reads the file's bytes, or says in one line why it cannot (missing, a folder, no permission). */
async function readBytes(path: string): Promise<Buffer> {
  const file = basename(path);
  try {
    if ((await stat(path)).isDirectory()) throw new InputProblem("input.folder", { file });
    return await readFile(path);
  } catch (error) {
    if (error instanceof InputProblem) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputProblem("input.missing", { file: path });
    throw fileSystemProblem("input.unreadable", file, error);
  }
}

/**
 * An .xlsx file as the engine's snapshot. Never writes to the file. Anything that is not a readable
 * workbook with data becomes an InputProblem naming what is wrong (src/xlsx reads the bytes).
 */
export async function readWorkbookFile(path: string): Promise<WorkbookRead> {
  return read(await readBytes(path), path);
}

/** The file as readWorkbookFile reads it, with the SHA-256 of its bytes (a register's source). */
export async function readHashedWorkbookFile(
  path: string
): Promise<WorkbookRead & { hash: string }> {
  const bytes = await readBytes(path);
  const hash = createHash("sha256").update(bytes).digest("hex");
  return { ...(await read(bytes, path)), hash };
}

async function read(bytes: Buffer, path: string): Promise<WorkbookRead> {
  try {
    return await readWorkbookBytes(bytes, basename(path));
  } catch (error) {
    throw error instanceof WorkbookProblem ? inputProblemOf(error) : error;
  }
}
