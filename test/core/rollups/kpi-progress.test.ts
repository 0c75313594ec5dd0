import type { Kpi } from "../../../src/core/model/plan";
import { kpiProgress, latestActual, statusOf } from "../../../src/core/rollups/kpi-progress";

const kpi = (over: Partial<Kpi>): Kpi => ({
  role: "kpi",
  code: "K",
  key: "k",
  name: "k",
  sheet: "kpi",
  row: 2,
  columns: {},
  yearTargets: [],
  ...over,
});

test.each<[string, Partial<Kpi>, number, number | undefined]>([
  ["increase, halfway", { direction: "increase", baseline: 40, target: 80 }, 60, 0.5],
  ["increase, beyond the target", { direction: "increase", baseline: 40, target: 80 }, 90, 1.25],
  ["increase, below the baseline", { direction: "increase", baseline: 40, target: 80 }, 30, 0],
  [
    "decrease, a quarter of the way",
    { direction: "decrease", baseline: 900, target: 700 },
    850,
    0.25,
  ],
  ["direction implied by the target", { baseline: 900, target: 700 }, 700, 1],
  ["maintain, within 5 %", { direction: "maintain", target: 100 }, 104, 1],
  ["maintain, 20 % off", { direction: "maintain", target: 100 }, 80, 0.8],
  ["no baseline: actual over target", { direction: "increase", target: 80 }, 40, 0.5],
  ["target equal to baseline, reached", { direction: "increase", baseline: 80, target: 80 }, 81, 1],
  ["no target", { direction: "increase", baseline: 1 }, 5, undefined],
])("%s", (_, over, actual, expected) => {
  const p = kpiProgress(kpi(over), actual);
  if (expected === undefined) expect(p).toBeUndefined();
  else expect(p).toBeCloseTo(expected, 10);
});

test("no actual is no data", () => {
  expect(
    kpiProgress(kpi({ direction: "increase", baseline: 0, target: 1 }), undefined)
  ).toBeUndefined();
  expect(statusOf(undefined, { onTrack: 0.9, atRisk: 0.6 })).toBe("no-data");
});

test.each([
  [0.95, "on-track"],
  [0.9, "on-track"],
  [0.7, "at-risk"],
  [0.2, "off-track"],
])("progress %d is %s", (progress, status) => {
  expect(statusOf(progress, { onTrack: 0.9, atRisk: 0.6 })).toBe(status);
});

test("the latest actual is the last period's, whatever the row order", () => {
  const origin = { sheet: "a", row: 2, columns: {} };
  const actuals = [
    { role: "kpi-actuals" as const, ...origin, period: "فصل سوم ۱۴۰۲", value: 41 },
    { role: "kpi-actuals" as const, ...origin, period: "Q1 1403", value: 47 },
    { role: "kpi-actuals" as const, ...origin, period: "1402-Q4", value: 44 },
  ];
  expect(latestActual(kpi({ actual: 1 }), actuals)).toEqual({ value: 47, period: "1403-Q1" });
  expect(latestActual(kpi({ actual: 12 }), [])).toEqual({ value: 12 });
});
