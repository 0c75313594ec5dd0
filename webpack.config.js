// @ts-check
/// <reference types="webpack-dev-server" />
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const devCerts = require("office-addin-dev-certs/lib/defaults");
const { BundleBudgetPlugin } = require("./tools/webpack/bundle-budget");
const { DEV_URL, rewriteManifestUrls } = require("./tools/webpack/manifest-urls");
const { LOCAL_DIR, OFFICE_JS_CDN, localOfficeJsPatterns } = require("./tools/webpack/office-js");

/** The pane's initial JS must stay under this, gzipped (a Fluent v9 table app measures ~70 KB). */
const PANE_BUDGET_KIB = 250;

/** Trusted certificates from `npx office-addin-dev-certs install`, when present; else a self-signed one. */
function httpsServer() {
  const { localhostCertificatePath: cert, localhostKeyPath: key, caCertificatePath: ca } = devCerts;
  if ([cert, key, ca].every((file) => fs.existsSync(file))) {
    return { type: "https", options: { cert, key, ca } };
  }
  return { type: "https" };
}

function printHowToOpen(/** @type {boolean} */ trusted) {
  console.log(`
Rahbord's pane is served at ${DEV_URL}taskpane.html
  · In a browser: open that address (it explains it needs Excel, and previews the pane).
  · In Excel on the web: Home ▸ Add-ins ▸ More Add-ins ▸ Upload My Add-in ▸ manifest.xml
    (or: npm run start:web -- --document <workbook URL>).
  · In Excel on Windows or Mac: npm run start:desktop (sideloads manifest.xml).
  · Without Excel: ${DEV_URL}playground.html shows the pane beside a simulated workbook.
${trusted ? "" : "  · The certificate is self-signed: Excel needs a trusted one, so run `npx office-addin-dev-certs install` once.\n"}`);
}

/**
 * `playground` adds the playground page to a build (the browser tests' build/e2e); `webpack serve`
 * always has it, `npm run build` never: the simulator stays out of what is deployed.
 * @param {{ url?: string, officejs?: "cdn" | "local", outDir?: string, playground?: boolean, WEBPACK_SERVE?: boolean }} env
 * @param {{ mode?: "development" | "production" | "none" }} argv
 * @returns {import("webpack").Configuration}
 */
module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const localOffice = env.officejs === "local";
  const officeJs = localOffice ? `${LOCAL_DIR}/office.js` : OFFICE_JS_CDN;
  const page = (/** @type {string} */ name, /** @type {string} */ template) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks: [name], officeJs });
  const server = httpsServer();
  const playground = Boolean(env.WEBPACK_SERVE || env.playground);

  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    // ES2017 still runs in the Edge Legacy webview of older Office on Windows.
    target: ["web", "es2017"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/notice-dialog.ts",
      ...(playground && { playground: "./src/playground/index.tsx" }),
    },
    output: {
      path: path.resolve(__dirname, env.outDir ?? "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // Types are checked by `npm run typecheck`; the build only transpiles.
          options: { transpileOnly: true, compilerOptions: { target: "ES2017", noEmit: false } },
        },
      ],
    },
    plugins: [
      page("taskpane", "./src/taskpane/taskpane.html"),
      page("commands", "./src/commands/commands.html"),
      page("notice", "./src/commands/notice.html"),
      ...(playground ? [page("playground", "./src/playground/playground.html")] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png" },
          {
            from: "manifest.xml",
            transform: (content) => rewriteManifestUrls(content.toString(), env.url),
          },
          ...(localOffice ? localOfficeJsPatterns() : []),
        ],
      }),
      // Sizes only mean something minified: the budget is a production measure.
      ...(production
        ? [new BundleBudgetPlugin({ entry: "taskpane", maxKiB: PANE_BUDGET_KIB })]
        : []),
    ],
    performance: { hints: false }, // the budget plugin above is the measure that counts
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      server,
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { warnings: false } },
      onListening: () => printHowToOpen(Boolean(server.options)),
    },
  };
};
