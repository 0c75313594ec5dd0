import { errorMessage } from "../core/error-message";
import type { CliMessageKey } from "./cli-messages";
import { InputProblem } from "./input-problem";

/** The file-system errors a user can fix, by Node's error code, as words of the user's language. */
const REASONS: Record<string, CliMessageKey> = {
  ENOENT: "reason.noFolder",
  ENOTDIR: "reason.noFolder",
  EACCES: "reason.denied",
  EPERM: "reason.denied",
  EISDIR: "reason.isFolder",
  EROFS: "reason.readOnly",
  ENOSPC: "reason.diskFull",
  EBUSY: "reason.busy",
};

/** A failed read or write as one line (exit 2): a known cause in the user's language, else the system's words. */
export function fileSystemProblem(
  key: "input.unreadable" | "output.cannotWrite",
  file: string,
  error: unknown
): InputProblem {
  const reason = REASONS[(error as NodeJS.ErrnoException).code ?? ""];
  return reason
    ? new InputProblem(key, { file }, { cause: error, reason })
    : new InputProblem(key, { file, reason: errorMessage(error) }, { cause: error });
}
