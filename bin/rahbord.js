#!/usr/bin/env node
// The `rahbord` command: runs the CLI bundle that `npm install` builds (npm run build:cli).
const path = require("node:path");
const fs = require("node:fs");

const bundle = path.join(__dirname, "..", "build", "cli", "rahbord.js");
if (!fs.existsSync(bundle)) {
  console.error(
    "rahbord is not built yet: run `npm install` (or `npm run build:cli`) in the repository."
  );
  process.exitCode = 2;
} else {
  require(bundle);
}
