import { consolidate } from "../../../src/core/cascade/consolidate";
import { detectMapping } from "../../../src/core/mapping/detect";
import { buildPlan } from "../../../src/core/model/build-plan";
import { registerOf } from "../../../src/core/register/parent-register";
import { generateDistricts, type DistrictSetOptions } from "../../../tools/generate-districts";

/** The generated deputy and district plans on snapshots, detected as the CLI detects them. */
function run(options: Partial<DistrictSetOptions>) {
  const set = generateDistricts({ districts: 22, rows: 1000, ...options });
  const parent = detectMapping(set.parent).mapping;
  const register = registerOf(buildPlan(set.parent, parent), {
    fileName: "deputy.xlsx",
    importedAt: "2026-01-01T00:00:00Z",
    hash: "00",
  });
  const workbooks = set.districts.map((d) => ({
    ...d,
    mapping: detectMapping(d.snapshot).mapping,
  }));
  const result = consolidate(register, workbooks, { lang: "en" });
  const findings = [
    ...result.districts.flatMap((d) => d.findings.map((f) => ({ where: d.name, ...f }))),
    ...result.overall.map((f) => ({ where: "overall", ...f })),
  ];
  return { set, result, findings };
}

describe("generated district plans (tools/generate-districts)", () => {
  it("are consistent with their deputy's plan at 1k rows each: no finding", () => {
    const { findings, result, set } = run({});
    expect(findings).toEqual([]);
    const serving = result.matrix.links.map((row) => row.filter((n) => n > 0).length);
    expect(serving).toEqual(set.goals.map((g) => g.servedBy));
  });

  it("give one finding per injected defect, each where the generator says", () => {
    const { findings, set } = run({ shortfall: 10, unitMismatch: 21, uncovered: true });
    const { shortfall, unitMismatch, uncovered } = set.expected;
    expect(findings.map((f) => [f.where, f.rule, f.sheet, f.cell]).sort()).toEqual(
      [
        ["district-22", "unit-mismatch", unitMismatch!.sheet, unitMismatch!.cell],
        ["overall", "cascade-sum-mismatch", shortfall!.sheet, shortfall!.cell],
        ["overall", "uncovered-parent-goal", uncovered!.sheet, uncovered!.cell],
      ].sort()
    );
  });
});
