import { execFileSync } from "node:child_process";
import path from "node:path";

const refused: [string, string, RegExp][] = [
  [
    "src/core/x.ts",
    'import { useState } from "react";\nexport const a = useState;\n',
    /src\/core is pure: no UI/,
  ],
  [
    "src/core/x.ts",
    'import { Button } from "@fluentui/react-components";\nexport const b = Button;\n',
    /no UI/,
  ],
  [
    "src/core/x.ts",
    'import { readFileSync } from "fs";\nexport const r = readFileSync;\n',
    /no Node APIs/,
  ],
  [
    "src/core/x.ts",
    'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n',
    /no Node APIs/,
  ],
  [
    "src/core/rules/x.ts",
    'import { runExcel } from "../../excel/run";\nexport const r = runExcel;\n',
    /imports only itself/,
  ],
  ["src/core/x.ts", "export const w = document.title;\n", /no DOM, Node or office\.js globals/],
  [
    "src/core/x.ts",
    "export const l = Office.context.displayLanguage;\n",
    /no DOM, Node or office\.js globals/,
  ],
  [
    "src/excel/x.ts",
    'import { Button } from "@fluentui/react-components";\nexport const b = Button;\n',
    /no UI/,
  ],
  [
    "src/excel/x.ts",
    'import { App } from "../taskpane/App";\nexport const a = App;\n',
    /below the pane/,
  ],
  [
    "src/taskpane/x.ts",
    "export const run = () => Excel.run(async () => undefined);\n",
    /Only src\/excel touches Excel/,
  ],
  [
    "src/commands/x.ts",
    'import { App } from "../taskpane/App";\nexport const a = App;\n',
    /share code through/,
  ],
  [
    "src/taskpane/x.ts",
    'import { writeFileSync } from "fs";\nexport const w = writeFileSync;\n',
    /Only src\/cli touches the file system/,
  ],
];

const allowed: [string, string][] = [
  [
    "src/core/rules/x.ts",
    'import { createTranslator } from "../i18n";\nexport const t = createTranslator;\n',
  ],
  [
    "src/excel/x.ts",
    'import { overviewSummary } from "../core/workbook-overview";\nexport const o = overviewSummary;\n',
  ],
  ["src/taskpane/x.ts", 'import { runExcel } from "../excel/run";\nexport const r = runExcel;\n'],
  ["src/cli/x.ts", 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n'],
];

/** Layer-rule messages for each case, linted as if the code were at that path (it need not exist). */
let messages: string[][];
beforeAll(() => {
  const cases = [...refused, ...allowed].map(([file, code]) => ({ file, code }));
  const output = execFileSync(
    process.execPath,
    [path.join(__dirname, "../helpers/lint-texts.mjs")],
    {
      cwd: path.resolve(__dirname, "../.."),
      input: JSON.stringify(cases),
      encoding: "utf8",
    }
  );
  messages = (JSON.parse(output) as { ruleId: string; message: string }[][]).map((list) =>
    list
      .filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-globals")
      .map((m) => m.message)
  );
}, 60_000);

test.each(refused.map((c, i) => [...c, i] as const))("%s: %s is refused", (_, __, message, i) => {
  expect(messages[i]).toEqual([expect.stringMatching(message)]);
});

test.each(allowed.map((c, i) => [...c, refused.length + i] as const))(
  "%s: an import that follows the layers is allowed",
  (_, __, i) => {
    expect(messages[i]).toEqual([]);
  }
);
