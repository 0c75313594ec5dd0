// @ts-check
const path = require("path");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where a build with `--env officejs=local` puts the library, relative to the pages. */
const LOCAL_DIR = "office-js";

/**
 * The files office.js needs beside it to start in Excel: the host mapping table, Excel's host
 * scripts, its telemetry shim and the string folders for the two languages Rahbord speaks.
 * Without the mapping table and the locale folders Office.onReady never fires.
 */
const LOCAL_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel-*.js",
  "excelwebapp-*.js",
  "telemetry/oteljs_agave.js",
  "en-us/office_strings.js",
  "fa-ir/office_strings.js",
];

/** CopyWebpackPlugin patterns for a local office.js; copied as-is (already minified, not re-minified). */
function localOfficeJsPatterns() {
  let dist;
  try {
    dist = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
  } catch {
    throw new Error(
      "--env officejs=local needs the @microsoft/office-js package: run `npm install` (it is a devDependency)."
    );
  }
  return LOCAL_FILES.map((file) => ({
    from: file,
    context: dist,
    to: path.posix.join(LOCAL_DIR, path.posix.dirname(file), "[name][ext]"),
    globOptions: { ignore: ["**/*.debug.js"] },
    info: { minimized: true },
  }));
}

module.exports = { OFFICE_JS_CDN, LOCAL_DIR, LOCAL_FILES, localOfficeJsPatterns };
