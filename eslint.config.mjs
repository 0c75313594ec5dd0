import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import prettierRecommended from "eslint-plugin-prettier/recommended";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const NODE_BUILTINS = [
  "fs",
  "path",
  "os",
  "child_process",
  "crypto",
  "zlib",
  "stream",
  "url",
  "util",
];
const nodeImports = [...NODE_BUILTINS, ...NODE_BUILTINS.map((m) => `${m}/*`), "node:*"];

/**
 * Layers point one way: core ← excel ← taskpane / commands; core ← xlsx (exceljs conversions) ←
 * cli and simulator, and excel through import() only (a lazy chunk); only cli touches the file
 * system; the simulator stays out of the add-in. The playground (the pane beside the simulator, a
 * development page) may use every browser layer, and nothing uses it.
 */
const layer = (files, { patterns, globals: bannedGlobals = [] }) => ({
  files,
  rules: {
    "no-restricted-imports": ["error", { patterns }],
    "no-restricted-globals": ["error", ...bannedGlobals],
  },
});
const banned = (group, message) => ({ group, message });
const SIMULATOR_OUT =
  "The workbook simulator is for tests and the playground, never the add-in's bundle.";
const PLAYGROUND_OUT = banned(
  ["**/playground", "**/playground/**"],
  "The playground is a development page: nothing imports it."
);

export default tseslint.config(
  { ignores: ["dist/", "build/", "coverage/", "node_modules/", "docs/screenshots/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettierRecommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/{taskpane,playground}/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["**/*.{js,mjs}", "tools/**", "test/**", "jest*.js"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The simulator's own tests read too early on purpose, to show it throws as Office does; the
    // static guesses of these rules would flag exactly those reads.
    files: ["test/simulator/**"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
  layer(["src/core/**"], {
    patterns: [
      banned(
        ["react", "react-*", "@fluentui/*", "office-*", "@microsoft/office-js", "exceljs"],
        "src/core is pure: no UI or Office libraries."
      ),
      banned(nodeImports, "src/core is pure: no Node APIs (only src/cli touches the file system)."),
      banned(
        ["excel", "taskpane", "commands", "cli"].flatMap((d) => [`**/${d}`, `**/${d}/**`]),
        "src/core imports only itself."
      ),
      PLAYGROUND_OUT,
    ],
    globals: [
      "window",
      "document",
      "navigator",
      "localStorage",
      "location",
      "Office",
      "Excel",
      "OfficeExtension",
      "process",
      "Buffer",
      "require",
      "__dirname",
    ].map((name) => ({ name, message: "src/core is pure: no DOM, Node or office.js globals." })),
  }),
  layer(["src/excel/**"], {
    patterns: [
      banned(["react", "react-*", "@fluentui/*"], "src/excel is the office.js adapter: no UI."),
      banned(nodeImports, "Only src/cli touches the file system."),
      banned(
        ["taskpane", "commands", "cli"].flatMap((d) => [`**/${d}`, `**/${d}/**`]),
        "src/excel sits below the pane and the commands."
      ),
      banned(["**/simulator", "**/simulator/**"], SIMULATOR_OUT),
      // Static imports only: import() puts exceljs in a chunk loaded when the template is built.
      banned(
        ["exceljs", "jszip", "**/xlsx", "**/xlsx/**"],
        "src/excel loads exceljs with import() only, so the pane and the commands start without it."
      ),
      PLAYGROUND_OUT,
    ],
  }),
  layer(["src/simulator/**"], {
    patterns: [
      banned(nodeImports, "The simulator also runs in the browser playground: no Node APIs."),
      banned(
        ["excel", "taskpane", "commands", "cli"].flatMap((d) => [`**/${d}`, `**/${d}/**`]),
        "The simulator stands in for Excel: it builds on src/core and src/xlsx only."
      ),
      PLAYGROUND_OUT,
    ],
  }),
  layer(["src/xlsx/**"], {
    patterns: [
      banned(nodeImports, "src/xlsx converts between exceljs and the engine: no Node APIs."),
      banned(
        ["excel", "taskpane", "commands", "cli", "simulator"].flatMap((d) => [
          `**/${d}`,
          `**/${d}/**`,
        ]),
        "src/xlsx builds on src/core only."
      ),
      PLAYGROUND_OUT,
    ],
  }),
  ...["taskpane", "commands"].map((dir) =>
    layer([`src/${dir}/**`], {
      patterns: [
        banned(nodeImports, "Only src/cli touches the file system."),
        banned(
          ["cli", dir === "taskpane" ? "commands" : "taskpane"].flatMap((d) => [
            `**/${d}`,
            `**/${d}/**`,
          ]),
          "The pane and the commands share code through src/excel and src/core."
        ),
        banned(["**/simulator", "**/simulator/**"], SIMULATOR_OUT),
        PLAYGROUND_OUT,
      ],
      globals: [
        { name: "Excel", message: "Only src/excel touches Excel.*: call an adapter function." },
      ],
    })
  ),
  layer(["src/playground/**"], {
    patterns: [
      banned(nodeImports, "The playground runs in the browser: no Node APIs."),
      banned(
        ["cli", "commands"].flatMap((d) => [`**/${d}`, `**/${d}/**`]),
        "The playground shows the pane and the workbook: it builds on taskpane, excel, simulator and core."
      ),
    ],
    globals: ["Excel", "Office"].map((name) => ({
      name,
      message: "The playground runs without office.js: the simulator is its workbook.",
    })),
  })
);
