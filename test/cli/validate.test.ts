import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { encodeStoredMapping } from "../../src/core/mapping/stored-mapping";
import type { MappingDocument } from "../../src/core/mapping/mapping-document";
import { RULES } from "../../src/core/rules/catalogue";
import { digest, runCli, SAMPLES, tempDir } from "./run-cli";

const dir = tempDir();
const clean = join(SAMPLES, "plan-en.xlsx");
const defects = join(SAMPLES, "plan-fa-with-defects.xlsx");

async function json(argv: string[]) {
  const { code, out, err } = await runCli([...argv, "--format", "json"]);
  return { code, report: JSON.parse(out), err };
}

/** A copy of a sample carrying a custom XML part, as the add-in stores the mapping. */
async function withPart(sample: string, name: string, xml: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(sample));
  zip.file("customXml/item1.xml", xml);
  const path = join(dir, name);
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
  return path;
}

describe("rahbord validate", () => {
  it("exits 0 on a clean plan and 1 when errors are found, never writing the input", async () => {
    const before = digest(defects);
    expect((await runCli(["validate", clean])).code).toBe(0);
    expect((await runCli(["validate", defects])).code).toBe(1);
    expect(digest(defects)).toBe(before);
  });

  it("prints the documented JSON: findings with worksheet row and A1 cell, summary, roll-ups", async () => {
    const { code, report } = await json(["validate", defects, "--lang", "en"]);
    expect(code).toBe(1);
    expect(Object.keys(report)).toEqual(["file", "mapping", "findings", "summary", "rollups"]);
    expect(report.file).toBe("plan-fa-with-defects.xlsx");
    expect(report.mapping.source).toBe("detected");
    expect(report.mapping.detection.uncertain).toBe(false);
    expect(report.mapping.document.version).toBe(1);
    // Every rule a plan without a higher-level plan can break.
    const needParent = ["uncovered-parent-goal", "shadowed-parent-code"];
    expect(new Set(report.findings.map((f: { rule: string }) => f.rule))).toEqual(
      new Set(RULES.map((r) => r.meta.id).filter((id) => !needParent.includes(id)))
    );
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining([
          "rule",
          "severity",
          "message",
          "sheet",
          "cell",
          "row",
          "entity",
          "id",
        ])
      );
      expect(f.cell).toMatch(new RegExp(`^[A-Z]+${f.row}$`));
    }
    const errors = report.findings.filter((f: { severity: string }) => f.severity === "error");
    expect(report.summary.errors).toBe(errors.length);
    expect(report.summary.errors + report.summary.warnings + report.summary.infos).toBe(
      report.findings.length
    );
    expect(report.rollups.goals.length).toBeGreaterThan(0);
  });

  it("groups text output by sheet, with the summary last, in the chosen language", async () => {
    const { out } = await runCli(["validate", defects, "--lang", "fa"]);
    const lines = out.split("\n");
    expect(lines[0]).toBe("plan-fa-with-defects.xlsx — نگاشت: تشخیص خودکار (اطمینان ۱۰۰٪)");
    expect(lines).toContain("اقدامات");
    expect(out).toMatch(/^ {2}H6 +خطا +مقدار «۰۲\/۰۷\/۰۱»/m);
    expect(lines[lines.length - 1]).toMatch(/^[۰-۹]+ خطا، [۰-۹]+ هشدار، [۰-۹]+ یادداشت$/);
    const en = await runCli(["validate", clean, "--lang", "en"]);
    expect(en.out).toContain("No findings.");
    expect(en.out.split("\n").pop()).toBe("Errors: 0, warnings: 0, notes: 0");
  });

  it("uses a --mapping file, and says so", async () => {
    const detected = await runCli(["detect", defects]);
    const mappingPath = join(dir, "mapping.json");
    writeFileSync(mappingPath, detected.out);
    const viaOption = await json(["validate", defects, "--mapping", mappingPath]);
    const viaDetection = await json(["validate", defects]);
    expect(viaOption.report.mapping).toMatchObject({ source: "option", path: mappingPath });
    expect(viaOption.report.findings).toEqual(viaDetection.report.findings);
  });

  it("uses the mapping stored in the workbook before detecting one", async () => {
    const detected: MappingDocument = JSON.parse((await runCli(["detect", clean])).out);
    // A stored mapping that leaves out the budget: the budget rules then have nothing to check.
    delete detected.roles.budget;
    const path = await withPart(clean, "stored.xlsx", encodeStoredMapping(detected));
    const { code, report } = await json(["validate", path]);
    expect(code).toBe(0);
    expect(report.mapping.source).toBe("workbook");
    expect(report.mapping.document.roles.budget).toBeUndefined();
    expect(report.rollups.budget.total.approved).toBe(0);
  });

  it("refuses a mapping that names a sheet the workbook lacks, rather than skip that role", async () => {
    const detected: MappingDocument = JSON.parse((await runCli(["detect", clean])).out);
    detected.roles.goal!.sheet = "Goals 1402";
    const mappingPath = join(dir, "renamed.json");
    writeFileSync(mappingPath, JSON.stringify(detected));
    const { code, err } = await runCli(["validate", clean, "--mapping", mappingPath]);
    expect(code).toBe(2);
    expect(err).toMatch(/reads goal from sheet «Goals 1402», which plan-en\.xlsx does not have/);
  });

  it("refuses a damaged stored mapping rather than quietly detecting another", async () => {
    const path = await withPart(
      clean,
      "damaged.xlsx",
      '<rahbord xmlns="urn:rahbord:mapping" version="1"><mapping>{"version":</mapping></rahbord>'
    );
    const { code, err } = await runCli(["validate", path]);
    expect(code).toBe(2);
    expect(err).toMatch(/mapping stored in damaged\.xlsx is damaged \(the mapping is not JSON/);
  });

  it("applies a --config file: rules turned down or off change the findings and the exit code", async () => {
    const config = join(dir, "config.json");
    const all = (await json(["validate", defects])).report.findings as { rule: string }[];
    const rules = Object.fromEntries(RULES.map((r) => [r.meta.id, "warning"]));
    writeFileSync(config, JSON.stringify({ rules: { ...rules, "duplicate-id": "off" } }));
    const { code, report } = await json(["validate", defects, "--config", config]);
    expect(code).toBe(0);
    expect(report.summary.errors).toBe(0);
    const kept = all.filter((f) => f.rule !== "duplicate-id");
    expect(kept.length).toBeLessThan(all.length);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(kept.map((f) => f.rule));
  });

  it.each([
    ["not JSON", "{", /config\.bad\.json cannot be used: .*JSON/],
    [
      "an unknown severity",
      '{"rules":{"duplicate-id":"fatal"}}',
      /must be equal to one of the allowed values/,
    ],
    ["an unknown setting", '{"colour":"red"}', /must NOT have additional properties \(colour\)/],
    [
      "an unknown rule",
      '{"rules":{"duplicate-ids":"off"}}',
      /\/rules key "duplicate-ids" must be equal to one of the allowed values$/,
    ],
  ])("refuses a --config file with %s", async (_, text, message) => {
    const config = join(dir, "config.bad.json");
    writeFileSync(config, text);
    const { code, err } = await runCli(["validate", clean, "--config", config]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it("writes a report workbook with --out, and never over the input", async () => {
    const out = join(dir, "report.xlsx");
    const { code, err } = await runCli(["validate", defects, "--out", out, "--lang", "en"]);
    expect(code).toBe(1);
    expect(err).toContain(`Report written to ${out}`);
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(out);
    expect(report.worksheets.map((s) => s.name)).toContain("Findings");
    const copy = join(dir, "input.xlsx");
    writeFileSync(copy, readFileSync(clean));
    const before = digest(copy);
    const refused = await runCli(["validate", copy, "--out", copy]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/Will not overwrite the input workbook/);
    expect(digest(copy)).toBe(before);
  });
});

describe("writing outputs", () => {
  it.each([
    ["validate", [defects, "--out"]],
    ["template", []],
  ])("%s says in one line when the output cannot be written", async (command, args) => {
    const out = join(dir, "no-such-folder", "out.xlsx");
    const { code, err } = await runCli([command, ...args, out]);
    expect(code).toBe(2);
    expect(err.split("\n").pop()).toBe(`Cannot write ${out}: its folder does not exist`);
  });

  it("gives the reason in the user's language", async () => {
    const out = join(dir, "no-such-folder", "out.xlsx");
    const { code, err } = await runCli(["template", out, "--lang", "fa"]);
    expect(code).toBe(2);
    expect(err.trim()).toBe(`${out} نوشته نمی‌شود: پوشه‌اش وجود ندارد`);
  });
});

describe("the command line", () => {
  it.each(["validate", "detect", "template"])("explains %s with --help", async (command) => {
    const { code, out } = await runCli([command, "--help"]);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^Usage: rahbord ${command} <`));
  });

  it("lists the commands without one (exit 2) and with --help (exit 0)", async () => {
    expect(await runCli([])).toMatchObject({ code: 2, out: expect.stringContaining("Commands:") });
    expect(await runCli(["--help"])).toMatchObject({ code: 0 });
  });

  it.each([
    [["check", "x.xlsx"], /Unknown command «check»/],
    [["validate"], /Name the workbook/],
    [["validate", clean, "--format", "xml"], /--format must be one of: text, json/],
    [["validate", clean, "--lang", "de"], /--lang must be one of: fa, en/],
    [["validate", clean, "--colour"], /Unknown option '--colour'/],
  ])("refuses %j with exit 2", async (argv, message) => {
    const { code, err } = await runCli(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it("speaks Persian when the environment's locale is Persian", async () => {
    const { out } = await runCli(["validate", clean], { LANG: "fa_IR.UTF-8" });
    expect(out).toContain("یافته‌ای نیست.");
  });

  it("detect prints a mapping document validate accepts, and how sure it is on stderr", async () => {
    const { code, out, err } = await runCli(["detect", defects, "--lang", "en"]);
    expect(code).toBe(0);
    expect(JSON.parse(out).roles.goal.sheet).toBe("اهداف");
    expect(err).toContain("detected (confidence 100%)");
    expect(err).toMatch(/اهداف: goal \(100%\)/);
  });

  it("template writes a workbook whose sheets detection maps completely", async () => {
    const out = join(dir, "template.xlsx");
    expect((await runCli(["template", out, "--lang", "fa"])).code).toBe(0);
    const detect = await runCli(["detect", out]);
    // An empty template has no data: detection still reads its headers.
    expect(detect.code).toBe(0);
    expect(Object.keys(JSON.parse(detect.out).roles).sort()).toEqual(
      ["budget", "goal", "initiative", "kpi", "kpi-actuals", "policy"].sort()
    );
  });
});
