import type { ModelChart, ModelSeries } from "../../simulator/model-chart";
import { barPlot } from "./bar-plot";
import { piePlot } from "./pie-plot";
import { fitted, TEXT_PX, type Plot, type TextAt, type ValueText } from "./plot-parts";

/** Excel's Office theme accents, in order: the colours of series (and pie slices) given none. */
export const PALETTE = [
  "#4472C4",
  "#ED7D31",
  "#A5A5A5",
  "#FFC000",
  "#5B9BD5",
  "#70AD47",
  "#264478",
  "#9E480E",
  "#636363",
  "#997300",
];

/** A legend entry: its swatch's colour and its name, cut to its share of the row at (x, y). */
export interface LegendEntry {
  name: string;
  text: string;
  color: string;
  x: number;
  y: number;
}

/** What an SVG needs to draw a chart; `plot` is undefined for a type the playground does not draw. */
export interface ChartDrawing {
  title?: TextAt;
  plot?: Plot;
  legend: LegendEntry[];
}

const TYPES = {
  ColumnClustered: { horizontal: false, stacked: false },
  ColumnStacked: { horizontal: false, stacked: true },
  BarClustered: { horizontal: true, stacked: false },
  BarStacked: { horizontal: true, stacked: true },
} as const;

const TITLE_PX = 24;
const LEGEND_PX = 20;
/** A legend entry's swatch and the gaps around it. */
const LEGEND_SWATCH_PX = 20;
const PADDING = 8;

/**
 * A chart as Excel would draw it from its source cells now: title, plot and legend within its
 * size in pixels. A series' own colour (seriesColors) wins, else Excel's palette in order; a pie
 * colours each slice, unless its series was given one colour.
 */
export function chartDrawing(
  chart: Pick<ModelChart, "chartType" | "title" | "legend" | "seriesColors">,
  series: ModelSeries[],
  size: { width: number; height: number },
  shown: ValueText
): ChartDrawing {
  const pie = chart.chartType === "Pie";
  const own = chart.seriesColors;
  const colorOf = (i: number) => (pie ? own[0] : own[i]) ?? PALETTE[i % PALETTE.length];
  const titleShown = chart.title.visible && chart.title.text !== "";
  const names = !chart.legend.visible
    ? []
    : pie
      ? (series[0]?.categories ?? []).map(String)
      : series.map((s) => s.name);
  const share = size.width / Math.max(1, names.length);
  const legend = names.map((name, i) => ({
    name,
    text: fitted(name, share - LEGEND_SWATCH_PX),
    color: colorOf(i),
    x: i * share + 4,
    y: size.height - PADDING - 2,
  }));
  const top = PADDING + (titleShown ? TITLE_PX : 0);
  const bottom = size.height - PADDING - (legend.length > 0 ? LEGEND_PX : 0);
  const type = TYPES[chart.chartType as keyof typeof TYPES];
  // Room for the value labels beside columns, the category labels beside bars, labels below both.
  const start = PADDING + (type?.horizontal ? size.width * 0.3 : 44);
  const area = {
    x: start,
    y: top,
    width: Math.max(1, size.width - PADDING - start),
    height: Math.max(1, bottom - top - (pie ? 0 : TEXT_PX + 6)),
  };
  return {
    title: titleShown
      ? { text: chart.title.text, x: size.width / 2, y: PADDING + 14, anchor: "middle" }
      : undefined,
    plot: pie
      ? piePlot(series, { ...area, x: PADDING, width: size.width - 2 * PADDING }, colorOf, shown)
      : type && barPlot(series, type, area, colorOf, shown),
    legend,
  };
}
