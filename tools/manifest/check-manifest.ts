import { DOMParser, type Element } from "@xmldom/xmldom";

/**
 * The offline manifest check. Microsoft's validator needs the internet; this one catches, without it,
 * the mistakes that make Office refuse or half-load an add-in.
 */
export type ProblemCode =
  | "malformed-xml"
  | "resid-undefined"
  | "resid-duplicate"
  | "url-not-https"
  | "icon-missing"
  | "icon-size"
  | "function-unregistered"
  | "guid-malformed"
  | "guid-duplicate"
  | "version-format"
  | "override-missing"
  | "string-too-long"
  | "min-version-mismatch";

export interface ManifestProblem {
  code: ProblemCode;
  message: string;
}

export interface ManifestCheckOptions {
  /** "dev" also accepts http://localhost; "production" requires https everywhere. */
  mode: "dev" | "production";
  /** ExecuteFunction names the commands code registers with Office.actions.associate. */
  registeredFunctions: readonly string[];
  /** The ExcelApi version the code treats as its minimum. */
  minExcelApi: string;
  /** Pixel size of the image a URL points to, or undefined when there is no such file. */
  imageSize(url: string): { width: number; height: number } | undefined;
}

const FA = "fa-IR";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** GUIDs other add-ins also carry: the empty one and the yo office templates'. */
const SHARED_GUIDS = new Set([
  "00000000-0000-0000-0000-000000000000",
  "05c2e1c9-3e1d-406e-9a91-e9ac64854143",
]);
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;
/** Office's limits for ShortStrings and LongStrings. */
const MAX_LENGTH: Record<string, number> = { ShortStrings: 125, LongStrings: 250 };
/** Elements whose DefaultValue is a URL, outside the bt:Urls and bt:Images resources. */
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]);
/** Pixel size Office expects for the top-level icons. */
const ICON_ELEMENT_SIZE: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };

function elements(root: Element): Element[] {
  const all: Element[] = [];
  const walk = (el: Element) => {
    all.push(el);
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === child.ELEMENT_NODE) walk(child as Element);
    }
  };
  walk(root);
  return all;
}

const children = (el: Element, name: string) =>
  elements(el).filter((c) => c !== el && c.parentNode === el && c.localName === name);

function parse(xml: string): { root?: Element; error?: string } {
  let error: string | undefined;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") error ??= message;
      },
    }).parseFromString(xml, "text/xml");
    return error ? { error } : { root: doc.documentElement ?? undefined };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

export function checkManifest(xml: string, options: ManifestCheckOptions): ManifestProblem[] {
  const { root, error } = parse(xml);
  if (!root) return [{ code: "malformed-xml", message: `Not well-formed XML: ${error}` }];
  const problems = new Map<string, ManifestProblem>(); // one report per distinct problem
  const report = (code: ProblemCode, message: string) => problems.set(message, { code, message });
  const all = elements(root);
  const named = (name: string) => all.filter((el) => el.localName === name);

  // Identity
  const ids = children(root, "Id");
  const guid = ids[0]?.textContent?.trim() ?? "";
  if (ids.length !== 1) report("guid-duplicate", `Expected one <Id>, found ${ids.length}`);
  if (!GUID.test(guid)) report("guid-malformed", `<Id> "${guid}" is not a GUID`);
  else if (SHARED_GUIDS.has(guid.toLowerCase()))
    report("guid-duplicate", `<Id> ${guid} is shared with other add-ins; generate a new one`);
  const version = children(root, "Version")[0]?.textContent?.trim() ?? "";
  if (!VERSION.test(version)) report("version-format", `<Version> "${version}" is not n.n.n.n`);

  // Resources: each id defined once, each resid defined
  const resources = new Map<string, Element>();
  for (const group of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const container of named(group)) {
      for (const el of elements(container).filter((e) => e.parentNode === container)) {
        const id = el.getAttribute("id") ?? "";
        if (resources.has(id)) report("resid-duplicate", `Resource "${id}" is defined twice`);
        resources.set(id, el);
      }
    }
  }
  for (const el of all) {
    const resid = el.getAttribute("resid");
    if (resid !== null && !resources.has(resid))
      report("resid-undefined", `<${el.localName} resid="${resid}"> names no resource`);
  }

  // URLs
  const checkUrl = (url: string, where: string) => {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    const devLocal =
      options.mode === "dev" && parsed?.protocol === "http:" && parsed.hostname === "localhost";
    if (parsed?.protocol !== "https:" && !devLocal)
      report("url-not-https", `${where}: "${url}" is not an https URL`);
  };
  const checkIcon = (url: string, size: number, where: string) => {
    const actual = options.imageSize(url);
    if (!actual) report("icon-missing", `${where}: no image file for ${url}`);
    else if (actual.width !== size || actual.height !== size)
      report(
        "icon-size",
        `${where}: ${url} is ${actual.width}×${actual.height}, expected ${size}×${size}`
      );
  };
  for (const el of all.filter((e) => e.hasAttribute("DefaultValue"))) {
    const value = el.getAttribute("DefaultValue") ?? "";
    const name = el.localName ?? "";
    const parent = (el.parentNode as Element | null)?.localName;
    if (URL_ELEMENTS.has(name)) checkUrl(value, `<${name}>`);
    if (name in ICON_ELEMENT_SIZE) checkIcon(value, ICON_ELEMENT_SIZE[name], `<${name}>`);
    if (parent === "Urls") checkUrl(value, `bt:Url "${el.getAttribute("id")}"`);
    if (parent === "Images") checkUrl(value, `bt:Image "${el.getAttribute("id")}"`);
  }
  for (const image of named("Image").filter((el) => el.hasAttribute("resid"))) {
    const resource = resources.get(image.getAttribute("resid") ?? "");
    const url = resource?.getAttribute("DefaultValue");
    if (url)
      checkIcon(
        url,
        Number(image.getAttribute("size")),
        `bt:Image "${resource?.getAttribute("id")}"`
      );
  }

  // Functions the ribbon calls must exist in the commands code
  for (const fn of named("FunctionName")) {
    const name = fn.textContent?.trim() ?? "";
    if (!options.registeredFunctions.includes(name))
      report(
        "function-unregistered",
        `ExecuteFunction "${name}" is not registered by the commands code`
      );
  }

  // Every string in Persian too, and within Office's lengths
  const localized = [
    ...children(root, "DisplayName"),
    ...children(root, "Description"),
    ...["ShortStrings", "LongStrings"].flatMap((g) =>
      named(g).flatMap((c) => children(c, "String"))
    ),
  ];
  for (const el of localized) {
    const label = el.getAttribute("id") ?? el.localName;
    const overrides = children(el, "Override").filter((o) => o.getAttribute("Locale") === FA);
    if (overrides.length === 0 || !overrides[0].getAttribute("Value")?.trim())
      report("override-missing", `"${label}" has no ${FA} override`);
    const limit = MAX_LENGTH[(el.parentNode as Element | null)?.localName ?? ""];
    for (const text of [
      el.getAttribute("DefaultValue") ?? "",
      ...overrides.map((o) => o.getAttribute("Value") ?? ""),
    ]) {
      if (limit && text.length > limit)
        report("string-too-long", `"${label}" is ${text.length} characters, over ${limit}`);
    }
  }

  // The manifest's minimum must be the code's minimum
  const excelApi = named("Set").find((s) => s.getAttribute("Name") === "ExcelApi");
  const declared = excelApi?.getAttribute("MinVersion");
  if (declared !== options.minExcelApi)
    report(
      "min-version-mismatch",
      `ExcelApi MinVersion is ${declared ?? "missing"}, the code expects ${options.minExcelApi}`
    );

  return [...problems.values()];
}
