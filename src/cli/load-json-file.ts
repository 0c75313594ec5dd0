import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { errorMessage } from "../core/error-message";
import type { Check } from "../core/mapping/validate-mapping";
import type { CliMessageKey } from "./cli-messages";
import { InputProblem } from "./input-problem";

/** A JSON file checked against its schema; anything wrong is an InputProblem under `key`. */
export async function loadJsonFile<T>(
  path: string,
  key: CliMessageKey,
  check: (value: unknown) => Check<T>
): Promise<T> {
  const file = basename(path);
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : errorMessage(error);
    throw new InputProblem(key, { file, reason }, { cause: error });
  }
  const result = check(value);
  if (!result.ok) throw new InputProblem(key, { file, reason: result.errors.join("; ") });
  return result.value;
}
