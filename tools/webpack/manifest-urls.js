// @ts-check

/** Every URL in manifest.xml starts with this during development. */
const DEV_URL = "https://localhost:3000/";

/** Points the manifest at where `dist/` is hosted; the base must be https and end with "/". */
function rewriteManifestUrls(/** @type {string} */ xml, /** @type {string | undefined} */ base) {
  if (!base) return xml;
  const url = new URL(base); // throws on a malformed address
  if (url.protocol !== "https:") throw new Error(`--env url must be https: ${base}`);
  const normalized = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return xml.split(DEV_URL).join(normalized);
}

module.exports = { DEV_URL, rewriteManifestUrls };
