// @ts-check
const zlib = require("zlib");

/**
 * Prints each entry's initial JavaScript gzipped and fails the build when the pane's is over budget.
 * Initial = every .js file the entrypoint loads before it runs (its chunks, not lazy ones).
 */
class BundleBudgetPlugin {
  /** @param {{ entry: string, maxKiB: number }} options */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("BundleBudgetPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BundleBudgetPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => this.report(compilation)
      );
    });
  }

  /** @param {import("webpack").Compilation} compilation */
  report(compilation) {
    const { entry, maxKiB } = this.options;
    for (const [name, entrypoint] of compilation.entrypoints) {
      const bytes = entrypoint
        .getFiles()
        .filter((file) => file.endsWith(".js"))
        .map((file) => compilation.getAsset(file)?.source.buffer() ?? Buffer.alloc(0))
        .reduce((sum, source) => sum + zlib.gzipSync(source, { level: 9 }).length, 0);
      const kib = (bytes / 1024).toFixed(1);
      console.log(
        `Initial JS of ${name}: ${kib} KB gzipped${name === entry ? ` (budget ${maxKiB} KB)` : ""}`
      );
      if (name === entry && bytes / 1024 > maxKiB) {
        compilation.errors.push(
          new compilation.compiler.webpack.WebpackError(
            `${name}'s initial JS is ${kib} KB gzipped, over its ${maxKiB} KB budget`
          )
        );
      }
    }
  }
}

module.exports = { BundleBudgetPlugin };
