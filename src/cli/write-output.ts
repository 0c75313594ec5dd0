import { errorMessage } from "../core/error-message";
import { InputProblem } from "./input-problem";

/** Short reasons for the file-system errors a user can fix. */
const REASONS: Record<string, string> = {
  ENOENT: "its folder does not exist",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder",
  EROFS: "the disk is read-only",
  ENOSPC: "the disk is full",
};

/** Runs a write to `path`; a failure becomes one line naming the file and why (exit 2). */
export async function writeOutput(path: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const reason = REASONS[code] ?? errorMessage(error);
    throw new InputProblem("output.cannotWrite", { file: path, reason }, { cause: error });
  }
}
