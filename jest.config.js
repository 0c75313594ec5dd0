// @ts-check
/** Unit tests: node by default; files that render React declare `@jest-environment jsdom`. */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts?(x)"],
  testPathIgnorePatterns: ["/test/e2e/"],
  transform: { "^.+\\.(t|j)sx?$": swc },
  setupFiles: ["<rootDir>/test/setup/jsdom-gaps.ts"],
  // Hang protection, not a speed target: whole-plan tests take seconds on this shared VM.
  testTimeout: 30_000,
  // office-addin-mock loads office-addin-manifest's ESM-only dependencies; its CommonJS entry avoids them.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
