// Lints virtual files with the project's ESLint config, outside jest's VM (ESLint loads its flat
// config with a dynamic import that jest cannot run). Reads [{file, code}] on stdin, prints messages.
import { ESLint } from "eslint";

let text = "";
for await (const chunk of process.stdin) text += chunk;
const input = JSON.parse(text);
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const { file, code } of input) {
  const [result] = await eslint.lintText(code, { filePath: file });
  results.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(results));
