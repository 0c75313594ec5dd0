import { readFileSync } from "node:fs";
import path from "node:path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";
import { BundleBudgetPlugin } from "../../tools/webpack/bundle-budget";
import { rewriteManifestUrls } from "../../tools/webpack/manifest-urls";
import { LOCAL_FILES, OFFICE_JS_CDN } from "../../tools/webpack/office-js";

const makeConfig = require("../../webpack.config.js") as (
  env: Record<string, string>,
  argv: { mode: "production" | "development" }
) => webpack.Configuration;

const officeJsOf = (config: webpack.Configuration) =>
  (config.plugins ?? [])
    .filter((p): p is HtmlWebpackPlugin => p instanceof HtmlWebpackPlugin)
    .map((p) => [p.userOptions.filename, p.userOptions.officeJs]);

test("pages load office.js from Microsoft's CDN by default", () => {
  expect(officeJsOf(makeConfig({}, { mode: "production" }))).toEqual([
    ["taskpane.html", OFFICE_JS_CDN],
    ["commands.html", OFFICE_JS_CDN],
    ["notice.html", OFFICE_JS_CDN],
  ]);
});

test("--env officejs=local points every page at a copy served beside it", () => {
  const config = makeConfig({ officejs: "local" }, { mode: "production" });
  expect(new Set(officeJsOf(config).map(([, src]) => src))).toEqual(
    new Set(["office-js/office.js"])
  );
  expect(LOCAL_FILES).toEqual(
    expect.arrayContaining([
      "office.js",
      "o15apptofilemappingtable.js",
      "en-us/office_strings.js",
      "fa-ir/office_strings.js",
    ])
  );
});

describe("rewriteManifestUrls", () => {
  const xml = readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");

  test("points every URL at the hosting base", () => {
    const out = rewriteManifestUrls(xml, "https://intranet.example.ir/rahbord");
    expect(out).not.toContain("localhost");
    expect(out.match(/https:\/\/intranet\.example\.ir\/rahbord\//g)).toHaveLength(
      xml.match(/https:\/\/localhost:3000\//g)?.length ?? -1
    );
  });

  test("leaves the manifest alone without a base", () => {
    expect(rewriteManifestUrls(xml, undefined)).toBe(xml);
  });

  test.each(["http://intranet.example.ir/", "not a url"])("refuses %s", (base) => {
    expect(() => rewriteManifestUrls(xml, base)).toThrow();
  });
});

test("the bundle budget prints the initial size and fails a build that is over it", async () => {
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(
      {
        mode: "production",
        context: __dirname,
        entry: { taskpane: "./fixtures/budget-entry.js" },
        output: { path: "/tmp/rahbord-budget-test" },
        plugins: [new BundleBudgetPlugin({ entry: "taskpane", maxKiB: 0.01 })],
      },
      (error, result) => (error || !result ? reject(error) : resolve(result))
    )
  );
  expect(log).toHaveBeenCalledWith(
    expect.stringMatching(/^Initial JS of taskpane: [\d.]+ KB gzipped \(budget 0.01 KB\)$/)
  );
  log.mockRestore();
  expect(stats.hasErrors()).toBe(true);
  expect(stats.toJson().errors?.[0]?.message).toMatch(
    /taskpane's initial JS is [\d.]+ KB gzipped, over its 0.01 KB budget/
  );
});
