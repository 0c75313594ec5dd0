import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import { DEV_URL } from "../webpack/manifest-urls";
import type { ManifestCheckOptions } from "./check-manifest";

/** The files behind the manifest's URLs: dev URLs are the repository, a built manifest's are its folder. */
export function imageSizeFromFolder(
  folder: string,
  xml: string
): ManifestCheckOptions["imageSize"] {
  const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1];
  const base = source ? new URL(".", source).href : DEV_URL;
  return (url) => {
    if (!url.startsWith(base)) return undefined;
    const file = path.join(folder, decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]));
    if (!existsSync(file)) return undefined;
    const { width, height } = imageSize(readFileSync(file));
    return { width, height };
  };
}
