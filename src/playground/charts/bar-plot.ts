import type { ModelSeries } from "../../simulator/model-chart";
import {
  amount,
  fitted,
  TEXT_PX,
  type Bar,
  type Box,
  type ColorOf,
  type Plot,
  type TextAt,
  type ValueText,
} from "./plot-parts";

/** Round steps (1, 2 or 5 × 10ⁿ) covering min…max, zero included, as Excel's automatic axis. */
export function valueTicks(min: number, max: number): number[] {
  const low = Math.min(0, min);
  const high = Math.max(0, max) === low ? low + 1 : Math.max(0, max);
  const raw = (high - low) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks = [Math.floor(low / step) * step];
  while (ticks[ticks.length - 1] < high)
    ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

/** The lowest and highest value the axis must reach: each point, or each category's stacks. */
function valueRange(series: ModelSeries[], stacked: boolean, categories: number) {
  const values: number[] = [];
  if (stacked)
    for (let c = 0; c < categories; c++) {
      const points = series.map((s) => amount(s.values[c]) ?? 0);
      values.push(points.filter((v) => v > 0).reduce((a, b) => a + b, 0));
      values.push(points.filter((v) => v < 0).reduce((a, b) => a + b, 0));
    }
  else for (const s of series) for (const v of s.values) values.push(amount(v) ?? 0);
  return { min: Math.min(0, ...values), max: Math.max(0, ...values) };
}

/** Columns or bars, clustered or stacked, with the value axis's ticks and the category labels. */
export function barPlot(
  series: ModelSeries[],
  { horizontal, stacked }: { horizontal: boolean; stacked: boolean },
  area: Box,
  colorOf: ColorOf,
  shown: ValueText
): Plot {
  const categories = series[0]?.categories ?? [];
  const range = valueRange(series, stacked, categories.length);
  const ticks = valueTicks(range.min, range.max);
  const [low, high] = [ticks[0], ticks[ticks.length - 1]];
  // Along the value axis, in pixels from the plot's start (left for bars, bottom for columns).
  const length = horizontal ? area.width : area.height;
  const along = (value: number) => ((value - low) / (high - low)) * length;
  const band = (horizontal ? area.height : area.width) / Math.max(1, categories.length);
  const group = band * 0.6;
  const thickness = stacked ? group : group / Math.max(1, series.length);

  const bars: Bar[] = [];
  categories.forEach((category, c) => {
    // Bars list their first category at the bottom, columns at the left, as Excel draws them.
    const bandStart = c * band + (band - group) / 2;
    const stack = { up: 0, down: 0 };
    series.forEach((s, i) => {
      const value = amount(s.values[c]);
      if (value === undefined) return;
      const base = stacked ? (value >= 0 ? stack.up : stack.down) : 0;
      if (stacked) stack[value >= 0 ? "up" : "down"] += value;
      const [from, to] = [along(Math.min(base, base + value)), along(Math.max(base, base + value))];
      const across = bandStart + (stacked ? 0 : i * thickness);
      const box = horizontal
        ? {
            x: area.x + from,
            y: area.y + area.height - across - thickness,
            width: to - from,
            height: thickness,
          }
        : { x: area.x + across, y: area.y + area.height - to, width: thickness, height: to - from };
      bars.push({
        ...box,
        color: colorOf(i),
        label: `${s.name} · ${String(category)}: ${shown(value)}`,
      });
    });
  });

  const labels: TextAt[] = [
    ...ticks.map((t) =>
      horizontal
        ? {
            text: shown(t),
            x: area.x + along(t),
            y: area.y + area.height + TEXT_PX + 2,
            anchor: "middle" as const,
          }
        : {
            text: shown(t),
            x: area.x - 4,
            y: area.y + area.height - along(t) + 4,
            anchor: "end" as const,
          }
    ),
    ...categories.map((category, c) =>
      horizontal
        ? {
            text: fitted(String(category), area.x - 8),
            x: area.x - 4,
            y: area.y + area.height - (c + 0.5) * band + 4,
            anchor: "end" as const,
          }
        : {
            text: fitted(String(category), band),
            x: area.x + (c + 0.5) * band,
            y: area.y + area.height + TEXT_PX + 2,
            anchor: "middle" as const,
          }
    ),
  ];
  // The category axis, at zero.
  const zero = along(0);
  const axisLines = [
    horizontal
      ? { x: area.x + zero, y: area.y, width: 1, height: area.height }
      : { x: area.x, y: area.y + area.height - zero, width: area.width, height: 1 },
  ];
  return { bars, slices: [], axisLines, labels };
}
