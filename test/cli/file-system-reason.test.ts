import { cliMessage } from "../../src/cli/cli-messages";
import { fileSystemProblem } from "../../src/cli/file-system-reason";

const failure = (code: string, message = `${code}: system words`) =>
  Object.assign(new Error(message), { code });

test.each([
  ["ENOENT", "its folder does not exist", "پوشه‌اش وجود ندارد"],
  ["EACCES", "permission denied", "اجازهٔ دسترسی نیست"],
  ["EPERM", "permission denied", "اجازهٔ دسترسی نیست"],
  ["EROFS", "the disk is read-only", "دیسک فقط‌خواندنی است"],
  ["ENOSPC", "the disk is full", "دیسک پر است"],
])("%s is told in the user's language", (code, en, fa) => {
  const problem = fileSystemProblem("output.cannotWrite", "r.xlsx", failure(code));
  expect(problem.key).toBe("output.cannotWrite");
  expect(cliMessage("en", problem.reason!)).toBe(en);
  expect(cliMessage("fa", problem.reason!)).toBe(fa);
  expect(problem.cause).toBeInstanceOf(Error);
});

test("an error it does not know keeps the system's words", () => {
  const problem = fileSystemProblem("input.unreadable", "p.xlsx", failure("EIO", "i/o error"));
  expect(problem.reason).toBeUndefined();
  expect(problem.values).toEqual({ file: "p.xlsx", reason: "i/o error" });
});
