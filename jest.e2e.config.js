// @ts-check
const base = require("./jest.config");

/** Browser tests: Debian's Chromium driven by playwright-core against the built pane (npm run test:e2e). */
/** @type {import("jest").Config} */
module.exports = {
  ...base,
  testMatch: ["**/test/e2e/**/*.e2e.ts"],
  testPathIgnorePatterns: [],
  testTimeout: 60_000,
  maxWorkers: 1,
};
