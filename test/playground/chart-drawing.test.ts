import { valueTicks } from "../../src/playground/charts/bar-plot";
import { chartDrawing, PALETTE } from "../../src/playground/charts/chart-drawing";
import type { ModelChart, ModelSeries } from "../../src/simulator/model-chart";

const SIZE = { width: 480, height: 288 };
const series: ModelSeries[] = [
  { name: "Approved", categories: ["G1", "G2"], values: [100, 40] },
  { name: "Spent", categories: ["G1", "G2"], values: [50, "#NAME?"] },
];

function draw(chartType: string, seriesColors: (string | undefined)[] = [], given = series) {
  const chart = {
    chartType,
    title: { text: "Budget", visible: true },
    legend: { visible: true, position: "Bottom" },
    seriesColors,
  } as Pick<ModelChart, "chartType" | "title" | "legend" | "seriesColors">;
  return chartDrawing(chart, given, SIZE, String);
}

test("value axes step by 1, 2 or 5 × 10ⁿ from zero past the largest value", () => {
  expect(valueTicks(0, 0.7)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  expect(valueTicks(3, 97)).toEqual([0, 20, 40, 60, 80, 100]);
  expect(valueTicks(-30, 45)).toEqual([-40, -20, 0, 20, 40, 60]);
  expect(valueTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
});

test("clustered columns: heights in proportion, the series' own colour or the palette, gaps for non-numbers", () => {
  const { title, plot, legend } = draw("ColumnClustered", ["#2F5597"]);
  expect(title?.text).toBe("Budget");
  const bars = plot!.bars;
  expect(bars.map((b) => b.label)).toEqual([
    "Approved · G1: 100",
    "Spent · G1: 50",
    "Approved · G2: 40",
  ]);
  expect(bars[1].height / bars[0].height).toBeCloseTo(0.5);
  expect(bars[2].height / bars[0].height).toBeCloseTo(0.4);
  expect(bars.map((b) => b.color)).toEqual(["#2F5597", PALETTE[1], "#2F5597"]);
  // Bars stand on the same baseline; the second category is to the right of the first.
  expect(new Set(bars.map((b) => b.y + b.height)).size).toBe(1);
  expect(bars[2].x).toBeGreaterThan(bars[1].x);
  expect(legend.map((e) => [e.name, e.color])).toEqual([
    ["Approved", "#2F5597"],
    ["Spent", PALETTE[1]],
  ]);
});

test("stacked bars: each series starts where the one before ended, the first category at the bottom", () => {
  const bars = draw("BarStacked").plot!.bars;
  const [g1Approved, g1Spent, g2Approved] = bars;
  expect(g1Spent.x).toBeCloseTo(g1Approved.x + g1Approved.width);
  expect(g1Spent.width / g1Approved.width).toBeCloseTo(0.5);
  expect(g1Approved.y).toBeGreaterThan(g2Approved.y);
});

test("a pie: the first series' shares from twelve o'clock, a colour a slice", () => {
  const { plot, legend } = draw(
    "Pie",
    [],
    [{ name: "Initiatives", categories: ["Done", "Late", "None"], values: [3, 1, 0] }]
  );
  expect(plot!.slices.map((s) => s.label)).toEqual(["Done: 3", "Late: 1"]);
  expect(plot!.slices.map((s) => s.color)).toEqual([PALETTE[0], PALETTE[1]]);
  // Three quarters: the first slice's arc is the large one and ends at nine o'clock.
  expect(plot!.slices[0].path).toMatch(/A [\d.]+ [\d.]+ 0 1 1 /);
  expect(legend.map((e) => e.name)).toEqual(["Done", "Late", "None"]);
});

test("a type the playground does not draw keeps its title and legend, without a plot", () => {
  const drawing = draw("Line");
  expect(drawing.plot).toBeUndefined();
  expect(drawing.title?.text).toBe("Budget");
  expect(drawing.legend).toHaveLength(2);
});
