import { configOf, formOf, formProblems } from "../../../src/core/rules/settings-form";

describe("the plan settings form", () => {
  test("a config becomes a form and back, keeping what the form does not edit", () => {
    const config = {
      rules: { "uncovered-policy": "error" as const, "weights-not-100": "off" as const },
      thresholds: { onTrack: 0.85, atRisk: 0.5 },
      planPeriod: { start: "1400", end: "1404/12/29" },
      tolerance: 0.01,
    };
    const form = formOf(config);
    expect(form.rules["uncovered-policy"]).toBe("error");
    expect(form.rules["duplicate-id"]).toBe("default");
    expect([form.onTrack, form.atRisk]).toEqual([85, 50]);
    expect(configOf(form, config)).toEqual(config);
  });

  test("defaults are not written out", () => {
    expect(configOf(formOf({}), {})).toEqual({});
  });

  test("bad thresholds and half or unreadable periods are named", () => {
    const form = formOf({});
    expect(formProblems(form)).toEqual([]);
    expect(formProblems({ ...form, atRisk: 95 })).toEqual(["thresholds"]);
    expect(formProblems({ ...form, periodStart: "1400" })).toEqual(["periodPartial"]);
    expect(formProblems({ ...form, periodStart: "soon", periodEnd: "۱۴۰۴" })).toEqual([
      "periodStart",
    ]);
  });
});
