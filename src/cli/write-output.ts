import { fileSystemProblem } from "./file-system-reason";

/** Runs a write to `path`; a failure becomes one line naming the file and why (exit 2). */
export async function writeOutput(path: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw fileSystemProblem("output.cannotWrite", path, error);
  }
}
