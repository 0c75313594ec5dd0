import { readFileSync } from "node:fs";
import path from "node:path";
import { ribbonCommands } from "../../src/commands/ribbon-commands";
import { MIN_EXCEL_API } from "../../src/excel/requirements";
import { imageSizeFromFolder } from "../../tools/manifest/image-size-from-folder";
import {
  checkManifest,
  type ManifestCheckOptions,
  type ProblemCode,
} from "../../tools/manifest/check-manifest";

const root = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");

function check(xml: string, mode: ManifestCheckOptions["mode"] = "dev") {
  return checkManifest(xml, {
    mode,
    registeredFunctions: Object.keys(ribbonCommands),
    minExcelApi: MIN_EXCEL_API,
    imageSize: imageSizeFromFolder(root, xml),
  });
}

/** Replaces exactly one occurrence, so a broken fixture cannot pass silently. */
function edit(xml: string, from: string | RegExp, to: string): string {
  const count = xml.split(from).length - 1;
  if (typeof from === "string" && count !== 1) throw new Error(`"${from}" occurs ${count} times`);
  return xml.replace(from, to);
}

test("the project's manifest passes", () => {
  expect(check(manifest)).toEqual([]);
});

test.each<[string, (xml: string) => string, ProblemCode]>([
  [
    "malformed XML",
    (x) => edit(x, "</Hosts>\n  <Requirements>", "<Requirements>"),
    "malformed-xml",
  ],
  [
    "a resid used but not defined",
    (x) => edit(x, '<Label resid="Group.Label" />', '<Label resid="Group.Missing" />'),
    "resid-undefined",
  ],
  [
    "a resid defined twice",
    (x) =>
      edit(
        x,
        "</bt:Urls>",
        '  <bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/other.html" />\n      </bt:Urls>'
      ),
    "resid-duplicate",
  ],
  [
    "an http URL off localhost",
    (x) =>
      edit(x, '"https://localhost:3000/commands.html"', '"http://intranet.local/commands.html"'),
    "url-not-https",
  ],
  [
    "a URL that is not one",
    (x) => edit(x, '"https://localhost:3000/commands.html"', '"commands.html"'),
    "url-not-https",
  ],
  [
    "a missing icon file",
    (x) => edit(x, "assets/validate-80.png", "assets/validate-81.png"),
    "icon-missing",
  ],
  [
    "an icon of the wrong size",
    (x) => edit(x, "assets/validate-32.png", "assets/validate-16.png"),
    "icon-size",
  ],
  [
    "an IconUrl of the wrong size",
    (x) =>
      edit(
        x,
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"',
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-80.png"'
      ),
    "icon-size",
  ],
  [
    "an ExecuteFunction nobody registers",
    (x) =>
      edit(x, "<FunctionName>validatePlan</FunctionName>", "<FunctionName>validate</FunctionName>"),
    "function-unregistered",
  ],
  [
    "a malformed GUID",
    (x) => edit(x, "b0644d8e-fb76-42ef-9b02-1dfa2763eb31", "b0644d8e-fb76-42ef-9b02"),
    "guid-malformed",
  ],
  [
    "the yo office template's GUID",
    (x) => edit(x, "b0644d8e-fb76-42ef-9b02-1dfa2763eb31", "05c2e1c9-3e1d-406e-9a91-e9ac64854143"),
    "guid-duplicate",
  ],
  [
    "two Ids",
    (x) => edit(x, "<Version>", "<Id>0e8a1a57-5a52-4b40-a3c1-5f1c7b2c9d11</Id>\n  <Version>"),
    "guid-duplicate",
  ],
  [
    "a version that is not n.n.n.n",
    (x) => edit(x, "<Version>1.0.0.0</Version>", "<Version>1.0.0</Version>"),
    "version-format",
  ],
  [
    "a string without its fa-IR override",
    (x) => edit(x, '\n          <bt:Override Locale="fa-IR" Value="گشودن راهبرد" />', ""),
    "override-missing",
  ],
  [
    "an empty fa-IR override",
    (x) => edit(x, 'Value="گشودن راهبرد"', 'Value=" "'),
    "override-missing",
  ],
  [
    "a display name without fa-IR",
    (x) =>
      edit(
        x,
        '<Override Locale="fa-IR" Value="راهبرد" />',
        '<Override Locale="ar-SA" Value="راهبرد" />'
      ),
    "override-missing",
  ],
  [
    "a label over 125 characters",
    (x) => edit(x, 'DefaultValue="Validate plan"', `DefaultValue="${"x".repeat(126)}"`),
    "string-too-long",
  ],
  [
    "a minimum ExcelApi the code does not expect",
    (x) => edit(x, 'MinVersion="1.7"', 'MinVersion="1.3"'),
    "min-version-mismatch",
  ],
])("%s is caught", (_, mutate, code) => {
  const problems = check(mutate(manifest));
  expect(problems.map((p) => p.code)).toContain(code);
  expect(problems.every((p) => p.message.length > 0)).toBe(true);
});

test("http://localhost is accepted in development only", () => {
  const local = manifest.replace(
    /https:\/\/localhost:3000\/commands.html/,
    "http://localhost:3000/commands.html"
  );
  expect(check(local, "dev")).toEqual([]);
  expect(check(local, "production").map((p) => p.code)).toEqual(["url-not-https"]);
});

test("a built manifest's icons are looked up beside it, under its own base URL", () => {
  const hosted = manifest
    .split("https://localhost:3000/")
    .join("https://addins.example.org/rahbord/");
  expect(check(hosted, "production")).toEqual([]);
  const elsewhere = hosted.replace(
    "https://addins.example.org/rahbord/assets/icon-16.png",
    "https://cdn.example.org/icon-16.png"
  );
  expect(check(elsewhere, "production").map((p) => p.code)).toEqual(["icon-missing"]);
});
