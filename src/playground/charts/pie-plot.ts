import type { ModelSeries } from "../../simulator/model-chart";
import {
  amount,
  type Box,
  type ColorOf,
  type Plot,
  type Slice,
  type ValueText,
} from "./plot-parts";

/** A pie of the first series' positive values, from twelve o'clock clockwise, as Excel draws it. */
export function piePlot(
  series: ModelSeries[],
  area: Box,
  colorOf: ColorOf,
  shown: ValueText
): Plot {
  const first = series[0];
  const points = (first?.values ?? []).map((v) => Math.max(0, amount(v) ?? 0));
  const total = points.reduce((a, b) => a + b, 0);
  const radius = Math.min(area.width, area.height) / 2;
  const [cx, cy] = [area.x + area.width / 2, area.y + area.height / 2];
  const at = (turn: number) => {
    const angle = turn * 2 * Math.PI;
    return `${cx + radius * Math.sin(angle)} ${cy - radius * Math.cos(angle)}`;
  };
  let start = 0;
  const slices: Slice[] = [];
  points.forEach((value, i) => {
    if (value === 0 || total === 0) return;
    const end = start + value / total;
    const path =
      value === total
        ? `M ${cx - radius} ${cy} a ${radius} ${radius} 0 1 0 ${2 * radius} 0 a ${radius} ${radius} 0 1 0 ${-2 * radius} 0`
        : `M ${cx} ${cy} L ${at(start)} A ${radius} ${radius} 0 ${end - start > 0.5 ? 1 : 0} 1 ${at(end)} Z`;
    const category = String(first.categories[i] ?? i + 1);
    slices.push({ path, color: colorOf(i), label: `${category}: ${shown(value)}` });
    start = end;
  });
  return { bars: [], slices, axisLines: [], labels: [] };
}
