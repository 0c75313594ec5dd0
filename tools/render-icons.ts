// Renders assets/*.svg to the PNG sizes the manifest names (committed; rerun after editing an SVG).
import { readFileSync } from "node:fs";
import path from "node:path";
import { launchChromium } from "./chromium";

const ICONS: Record<string, number[]> = {
  icon: [16, 32, 64, 80],
  validate: [16, 32, 80],
  highlight: [16, 32, 80],
  "clear-highlights": [16, 32, 80],
  dashboard: [16, 32, 80],
  tools: [16, 32, 80],
  template: [16, 32, 80],
  links: [16, 32, 80],
};
const assets = path.resolve(__dirname, "..", "assets");

async function main() {
  const browser = await launchChromium();
  const page = await browser.newPage();
  for (const [name, sizes] of Object.entries(ICONS)) {
    const svg = readFileSync(path.join(assets, `${name}.svg`), "base64");
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${svg}" width="${size}" height="${size}">`
      );
      const file = path.join(assets, `${name}-${size}.png`);
      await page.locator("img").screenshot({ path: file, omitBackground: true });
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
