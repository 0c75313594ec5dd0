import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Consolidation } from "../../src/core/cascade/consolidate";
import { buildConsolidatedWorkbook } from "../../src/cli/write-consolidated";
import {
  generateDistricts,
  SHEETS,
  writeSnapshotXlsx,
  type DistrictSet,
  type DistrictSetOptions,
} from "../../tools/generate-districts";
import {
  cascadeSampleFiles,
  CASCADE_SAMPLE,
  CASCADE_SAMPLE_DIR,
} from "../../tools/samples/cascade";
import { digest, runCli, tempDir } from "./run-cli";

const DISTRICTS = 22;
/** Small district plans: the rules do not care about size, and 22 files are read per run. */
const ROWS = 120;

interface WrittenSet {
  set: DistrictSet;
  parent: string;
  districts: string[];
  dir: string;
}

async function writeSet(name: string, options: Partial<DistrictSetOptions> = {}) {
  const dir = join(tempDir(), name);
  mkdirSync(join(dir, "districts"), { recursive: true });
  const set = generateDistricts({ districts: DISTRICTS, rows: ROWS, ...options });
  const parent = join(dir, "deputy.xlsx");
  await writeSnapshotXlsx(set.parent, parent);
  const districts: string[] = [];
  for (const d of set.districts) {
    const path = join(dir, "districts", `${d.name}.xlsx`);
    await writeSnapshotXlsx(d.snapshot, path);
    districts.push(path);
  }
  return { set, parent, districts, dir } satisfies WrittenSet;
}

let clean: WrittenSet;
let defects: WrittenSet;
beforeAll(async () => {
  clean = await writeSet("clean");
  defects = await writeSet("defects", { shortfall: 3, unitMismatch: 7, uncovered: true });
}, 60_000);

const cascade = (w: WrittenSet, ...options: string[]) =>
  runCli(["cascade", "--parent", w.parent, ...w.districts, ...options]);

async function json(w: WrittenSet, ...options: string[]) {
  const { code, out, err } = await cascade(w, "--format", "json", ...options);
  return { code, report: JSON.parse(out), err };
}

interface FindingJson {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  id: string | null;
}

/** Every finding as "where rule sheet!cell id": the district's name, or "overall". */
function everyFinding(report: {
  districts: { name: string; findings: FindingJson[] }[];
  overall: { findings: FindingJson[] };
}): string[] {
  const line = (where: string, f: FindingJson) => `${where} ${f.rule} ${f.sheet}!${f.cell} ${f.id}`;
  return [
    ...report.districts.flatMap((d) => d.findings.map((f) => line(d.name, f))),
    ...report.overall.findings.map((f) => line("overall", f)),
  ];
}

describe("rahbord cascade", () => {
  it("finds nothing in the clean set of 22 districts, and exits 0", async () => {
    const { code, report, err } = await json(clean, "--lang", "en");
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(everyFinding(report)).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
    expect(report.districts.map((d: { name: string }) => d.name)).toEqual(
      clean.set.districts.map((d) => d.name)
    );
    // Every parent goal served by as many districts as the generator made serve it.
    const serving = report.matrix.links.map((row: number[]) => row.filter((n) => n > 0).length);
    expect(report.matrix.goals.map((g: { code: string }) => g.code)).toEqual(
      clean.set.goals.map((g) => g.code)
    );
    expect(serving).toEqual(clean.set.goals.map((g) => g.servedBy));
    expect(report.matrix.districts).toHaveLength(DISTRICTS);
  });

  it("finds exactly the three injected defects, each where it is", async () => {
    const { code, report } = await json(defects, "--lang", "en");
    expect(code).toBe(1); // a unit mismatch is an error
    const { shortfall, unitMismatch, uncovered } = defects.set.expected;
    expect(shortfall && unitMismatch && uncovered).toBeTruthy();
    expect(everyFinding(report).sort()).toEqual(
      [
        `${unitMismatch!.district} unit-mismatch ${unitMismatch!.sheet}!${unitMismatch!.cell} ش-4`,
        `overall cascade-sum-mismatch ${shortfall!.sheet}!${shortfall!.cell} ${shortfall!.kpi}`,
        `overall uncovered-parent-goal ${uncovered!.sheet}!${uncovered!.cell} ${uncovered!.goal}`,
      ].sort()
    );
    // The overall findings point at the parent workbook's own sheets and cells.
    expect(shortfall).toMatchObject({ sheet: SHEETS.kpis, cell: "G2" });
    expect(uncovered).toMatchObject({ sheet: SHEETS.goals });
    const district = report.districts.find(
      (d: { name: string }) => d.name === unitMismatch!.district
    );
    expect(district.counts).toEqual({ errors: 1, warnings: 0, infos: 0 });
    expect(report.overall.counts).toEqual({ errors: 0, warnings: 2, infos: 0 });
    expect(report.summary).toEqual({ errors: 1, warnings: 2, infos: 0 });
    const goal = report.matrix.goals.findIndex((g: { code: string }) => g.code === uncovered!.goal);
    expect(report.matrix.links[goal].every((n: number) => n === 0)).toBe(true);
  });

  it("prints the documented JSON: parent with its SHA-256, districts, overall, matrix", async () => {
    const { report } = await json(defects);
    expect(Object.keys(report)).toEqual(["parent", "districts", "overall", "matrix", "summary"]);
    expect(report.parent).toEqual({
      file: "deputy.xlsx",
      hash: digest(defects.parent),
      mapping: { source: "detected" },
    });
    expect(Object.keys(report.districts[0])).toEqual([
      "name",
      "file",
      "mapping",
      "counts",
      "findings",
    ]);
    expect(report.districts[0].file).toBe("district-01.xlsx");
    const [f] = report.overall.findings;
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
    expect(Object.keys(report.matrix)).toEqual(["goals", "districts", "links"]);
  });

  it("prints per district, overall, then the coverage of the parent's goals, in either language", async () => {
    const { code, out } = await cascade(defects, "--lang", "en");
    expect(code).toBe(1);
    const lines = out.split("\n");
    expect(lines[0]).toMatch(/^Higher-level plan: deputy\.xlsx — mapping: detected/);
    expect(lines).toContain(lines.find((l) => l.startsWith("district-08 — district-08.xlsx")));
    expect(out).toMatch(/^ {2}F5 +error +Unit متر differs from کیلومتر/m);
    expect(lines).toContain("The 22 districts together, against deputy.xlsx");
    expect(out).toMatch(/^ {2}G2 +warning +The sum of the targets of its 22 child KPIs/m);
    expect(out).toMatch(/^ {2}هم-5 +0 of 22 {2}بازآفرینی/m);
    expect(out).toMatch(/^ {2}هم-2 +22 of 22 {2}/m);
    expect(lines).toContain("Served by no district: هم-5");
    expect(lines[lines.length - 1]).toBe("In all — errors: 1, warnings: 2, notes: 0");

    const fa = await cascade(clean, "--lang", "fa");
    expect(fa.code).toBe(0);
    expect(fa.out).toContain("هر هدف دست‌کم در خدمت یک منطقه است.");
    expect(fa.out).toMatch(/^ {2}هم-2 +۲۲ از ۲۲ {2}/m);
    expect(fa.out.split("\n").pop()).toBe("روی هم — ۰ خطا، ۰ هشدار، ۰ یادداشت");
  });

  it("writes the consolidated workbook: summary, district × goal matrix, findings; inputs untouched", async () => {
    const out = join(defects.dir, "consolidated.xlsx");
    const before = digest(defects.districts[7]);
    const { code, report } = await json(defects, "--out", out, "--lang", "en");
    expect(code).toBe(1);
    expect(digest(defects.districts[7])).toBe(before);
    expect(readdirSync(defects.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Summary", "Coverage", "Findings"]);

    const summary = workbook.getWorksheet("Summary")!;
    expect(summary.getCell("B1").value).toBe("deputy.xlsx");
    expect(summary.getCell("B2").value).toBe(digest(defects.parent));
    expect(summary.getCell("B3").value).toBe(DISTRICTS);
    expect(summary.getRow(8).values).toEqual([
      undefined,
      "District",
      "Workbook",
      "Errors",
      "Warnings",
      "Notes",
    ]);
    expect(summary.getRow(9 + 7).values).toEqual([
      undefined,
      "district-08",
      "district-08.xlsx",
      1,
      0,
      0,
    ]);
    expect(summary.getRow(9 + DISTRICTS).values).toEqual([
      undefined,
      "All districts together",
      "deputy.xlsx",
      0,
      2,
      0,
    ]);

    const matrix = workbook.getWorksheet("Coverage")!;
    const header = matrix.getRow(1).values as unknown[];
    expect(header.slice(1, 3)).toEqual(["Code", "Goal"]);
    expect(header.slice(3, 3 + DISTRICTS)).toEqual(report.matrix.districts);
    report.matrix.goals.forEach((g: { code: string; title: string }, i: number) => {
      const row = matrix.getRow(2 + i).values as unknown[];
      expect(row.slice(1, 3)).toEqual([g.code, g.title]);
      expect(row.slice(3, 3 + DISTRICTS)).toEqual(report.matrix.links[i]);
    });
    const uncoveredAt =
      2 + report.matrix.goals.findIndex((g: { code: string }) => g.code === "هم-5");
    expect(matrix.getCell(uncoveredAt, 3 + DISTRICTS).value).toBe(0);
    expect(matrix.getCell(uncoveredAt, 4 + DISTRICTS).value).toBe("served by no district");
    expect(matrix.getCell(uncoveredAt, 1).fill).toMatchObject({ pattern: "solid" });
    expect(matrix.getCell(2, 1).fill).not.toMatchObject({ pattern: "solid" });

    const findings = workbook.getWorksheet("Findings")!;
    expect(findings.getCell("A1").value).toBe("District");
    const districtsColumn = [2, 3, 4].map((r) => findings.getCell(r, 1).value);
    expect(districtsColumn.sort()).toEqual(
      ["All districts together", "All districts together", "district-08"].sort()
    );
    expect(findings.getCell(2, 1).value).toBe("district-08");
    const link = findings.getCell(2, 7).value as ExcelJS.CellHyperlinkValue;
    expect(link.hyperlink).toBe(`districts/district-08.xlsx#'${SHEETS.kpis}'!$F$5`);
  });

  it("lays the consolidated workbook right to left, in Persian, with --lang fa", async () => {
    const out = join(clean.dir, "تلفیقی.xlsx");
    const { code } = await cascade(clean, "--out", out, "--lang", "fa");
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["خلاصه", "ماتریس پوشش", "یافته‌ها"]);
    for (const sheet of workbook.worksheets) expect(sheet.views[0].rightToLeft).toBe(true);
    const matrix = workbook.getWorksheet("ماتریس پوشش")!;
    expect((matrix.getRow(1).values as unknown[]).slice(1, 3)).toEqual(["کد", "هدف"]);
    expect(workbook.getWorksheet("یافته‌ها")!.getCell("A1").value).toBe("یافته‌ای نیست.");
  });
});

describe("samples/cascade", () => {
  const dir = join(__dirname, "../..", CASCADE_SAMPLE_DIR);

  it("holds what npm run samples writes", async () => {
    for (const { file, bytes } of await cascadeSampleFiles())
      expect(readFileSync(join(dir, file)).equals(bytes)).toBe(true);
  });

  it("gives exactly its three defects", async () => {
    const files = readdirSync(dir).filter((f) => f.startsWith("district-"));
    const sample = {
      set: generateDistricts(CASCADE_SAMPLE),
      parent: join(dir, "deputy.xlsx"),
      districts: files.map((f) => join(dir, f)),
      dir,
    };
    const { code, report } = await json(sample);
    const { shortfall, unitMismatch, uncovered } = sample.set.expected;
    expect(code).toBe(1);
    expect(everyFinding(report).sort()).toEqual(
      [
        `${unitMismatch!.district} unit-mismatch ${unitMismatch!.sheet}!${unitMismatch!.cell} ش-4`,
        `overall cascade-sum-mismatch ${shortfall!.sheet}!${shortfall!.cell} ${shortfall!.kpi}`,
        `overall uncovered-parent-goal ${uncovered!.sheet}!${uncovered!.cell} ${uncovered!.goal}`,
      ].sort()
    );
  });
});

describe("rahbord cascade on bad input", () => {
  const dir = tempDir();
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it.each([
    ["no --parent", () => ["cascade", clean.districts[0]], /--parent <parent\.xlsx>/],
    ["no district", () => ["cascade", "--parent", clean.parent], /Name the district workbooks/],
    [
      "a bad --format",
      () => ["cascade", "--parent", clean.parent, clean.districts[0], "--format", "xml"],
      /--format must be one of: text, json/,
    ],
  ])("refuses %s as a usage error (exit 2)", async (_, argv, message) => {
    const { code, out, err } = await runCli(argv(), { LANG: "en_US.UTF-8" });
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err).toMatch(/See `rahbord cascade --help`\.$/);
    expect(err.split("\n")).toHaveLength(1);
  });

  it.each([
    [
      "a missing district",
      () => [clean.districts[0], join(dir, "district-99.xlsx")],
      /district-99\.xlsx: no such file/,
    ],
    [
      "a district that is text",
      () => [clean.districts[0], write("district-98.xlsx", "کد,عنوان\nه-1,هدف\n")],
      /district-98\.xlsx holds text/,
    ],
    [
      "two districts of one name",
      () => {
        mkdirSync(join(dir, "north"), { recursive: true });
        const again = join(dir, "north", "district-01.xlsx");
        writeFileSync(again, "");
        return [clean.districts[0], again];
      },
      /Two district workbooks are both called «district-01»/,
    ],
    [
      "the parent among the districts",
      () => [clean.districts[0], clean.parent],
      /deputy\.xlsx is given both as the higher-level plan and as a district/,
    ],
  ])("says in one line why it cannot run on %s (exit 2)", async (_, districts, message) => {
    const { code, out, err } = await runCli([
      "cascade",
      "--parent",
      clean.parent,
      ...districts(),
      "--lang",
      "en",
    ]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err.split("\n")).toHaveLength(1);
  });

  it("refuses a parent with nothing mapped, or with no goals or KPIs", async () => {
    const unrelated = join(dir, "unrelated.xlsx");
    const w = new ExcelJS.Workbook();
    w.addWorksheet("Sheet1").addRows([
      ["Name", "Phone"],
      ["Ali", "0912"],
    ]);
    await w.xlsx.writeFile(unrelated);
    const nothing = await runCli(["cascade", "--parent", unrelated, clean.districts[0]]);
    expect(nothing.code).toBe(2);
    expect(nothing.err).toMatch(/No sheet of unrelated\.xlsx was recognised/);

    const policiesOnly = join(dir, "policies.xlsx");
    const p = new ExcelJS.Workbook();
    p.addWorksheet(SHEETS.policies).addRows([
      ["کد سیاست", "عنوان سیاست", "محور"],
      ["س-1", "ارتقای کیفیت خدمات شهری", "کیفیت"],
    ]);
    await p.xlsx.writeFile(policiesOnly);
    const empty = await runCli(["cascade", "--parent", policiesOnly, clean.districts[0]]);
    expect(empty.code).toBe(2);
    expect(empty.err).toBe("policies.xlsx has no goals or KPIs for the districts to answer to.");
  });

  it("will not write the consolidated workbook over an input", async () => {
    const { code, err } = await runCli([
      "cascade",
      "--parent",
      clean.parent,
      ...clean.districts.slice(0, 2),
      "--out",
      clean.districts[1],
    ]);
    expect(code).toBe(2);
    expect(err).toMatch(/Will not overwrite the input workbook/);
    expect(existsSync(clean.districts[1])).toBe(true);
  });
});

describe("the consolidated workbook", () => {
  it("keeps text that starts like a formula as text", async () => {
    const result: Consolidation = {
      districts: [
        { name: "=SUM(A1)", findings: [], counts: { errors: 0, warnings: 0, infos: 0 } },
        { name: "@d2", findings: [], counts: { errors: 0, warnings: 0, infos: 0 } },
      ],
      overall: [],
      matrix: {
        goals: [
          { code: "+G1", title: '=HYPERLINK("http://x")' },
          { code: "-G2", title: "@title" },
        ],
        districts: ["=SUM(A1)", "@d2"],
        links: [
          [1, 0],
          [0, 0],
        ],
      },
    };
    const workbook = buildConsolidatedWorkbook(result, {
      lang: "en",
      parent: { file: "p.xlsx", hash: "00" },
      districts: [
        { name: "=SUM(A1)", file: "=SUM(A1).xlsx" },
        { name: "@d2", file: "@d2.xlsx" },
      ],
    });
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await workbook.xlsx.writeBuffer());
    const matrix = read.getWorksheet("Coverage")!;
    expect(matrix.getCell("A2").value).toBe("+G1");
    expect(matrix.getCell("B2").value).toBe('=HYPERLINK("http://x")');
    expect(matrix.getCell("A3").value).toBe("-G2");
    expect(matrix.getCell("C1").value).toBe("=SUM(A1)");
    expect(matrix.getCell("D1").value).toBe("@d2");
    const summary = read.getWorksheet("Summary")!;
    expect(summary.getCell("A9").value).toBe("=SUM(A1)");
    for (const sheet of read.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))
      );
  });
});
