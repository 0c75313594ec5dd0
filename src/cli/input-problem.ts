import type { WorkbookProblem } from "../xlsx/workbook-bytes";
import type { CliMessageKey } from "./cli-messages";

/**
 * Why the CLI could not run (exit 2): a message key and its placeholders, shown as one line;
 * `reason`, when given, fills {reason} with a message of the user's language.
 */
export class InputProblem extends Error {
  readonly reason?: CliMessageKey;
  constructor(
    readonly key: CliMessageKey,
    readonly values: Record<string, string> = {},
    options?: { cause?: unknown; reason?: CliMessageKey }
  ) {
    super(key, options);
    this.name = "InputProblem";
    this.reason = options?.reason;
  }
}

/**
 * Bytes src/xlsx could not read as a workbook, as the CLI says it: the same key and placeholders;
 * the parser's error, when there is one, is what --debug shows.
 */
export function inputProblemOf(problem: WorkbookProblem): InputProblem {
  const { file, reason } = problem.values;
  return new InputProblem(problem.key, reason === undefined ? { file } : { file, reason }, {
    cause: problem.cause,
  });
}
