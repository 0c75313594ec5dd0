import { rename, rm, writeFile } from "node:fs/promises";
import { fileSystemProblem } from "./file-system-reason";

/** Runs a write to `path`; a failure becomes one line naming the file and why (exit 2). */
export async function writeOutput(path: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw fileSystemProblem("output.cannotWrite", path, error);
  }
}

/**
 * Puts `bytes` at `path`: written beside, then renamed over, so an interrupted run never leaves
 * half a workbook there, nor loses the one it replaces (a change report's typed justifications).
 */
export async function replaceFile(path: string, bytes: Uint8Array | ArrayBuffer): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
