import { CALL_OVERHEAD, jsonBytes } from "../payload";
import { deriveSeries, type ModelChart, type ModelSeries } from "../model-chart";
import type { SimRequestContext } from "../request-context";
import { SimError } from "../sim-error";
import type { ModelValue } from "../workbook-model";
import { grid } from "./cell-area";
import { SimClientObject } from "./client-object";
import { SimClientResult } from "./client-result";
import { SimItemCollection } from "./item-collection";

/** The chart's series as its source cells give them now (a chart follows its cells). */
export function seriesOf({
  source,
  seriesBy,
}: Pick<ModelChart, "source" | "seriesBy">): ModelSeries[] {
  const values = grid(source.sheet, source.area, (cell) => cell?.value ?? "") ?? [];
  return deriveSeries(values, seriesBy);
}

/** A series is the chart's n-th; it is gone once the chart no longer has that many. */
interface SeriesTarget {
  chart: ModelChart;
  index: number;
}

function seriesAt({ chart, index }: SeriesTarget): ModelSeries {
  const series = seriesOf(chart)[index];
  if (!series) throw new SimError("InvalidObjectPath", "The chart no longer has this series.");
  return series;
}

/** How a chart shows a cell's value in its data: as text, TRUE and FALSE as Excel writes them. */
const shown = (value: ModelValue) =>
  typeof value === "boolean" ? String(value).toUpperCase() : String(value);

/** Excel.ChartSeries. */
export class SimChartSeries extends SimClientObject<SeriesTarget> {
  protected readonly properties = {
    name: (target: SeriesTarget) => seriesAt(target).name,
  };

  get name(): string {
    return this.loadedValue("name");
  }

  /** The series' look: here its fill, as `format.fill.setSolidColor` sets it. */
  get format(): { fill: { setSolidColor(color: string): void } } {
    const change = (color: string) =>
      this.change({ setSolidColor: color }, (target) => {
        seriesAt(target); // fails when the chart has no such series
        target.chart.seriesColors[target.index] = color.toUpperCase();
      });
    return { fill: { setSolidColor: change } };
  }

  /** The series' values or categories, as text (ExcelApi 1.12). */
  getDimensionValues(dimension: `${Excel.ChartSeriesDimension}`): SimClientResult<string[]> {
    const result = new SimClientResult<string[]>();
    this.context.enqueue({
      requestBytes: CALL_OVERHEAD + jsonBytes(dimension),
      run: () => {
        const series = seriesAt(this.resolved());
        if (dimension !== "Values" && dimension !== "Categories")
          throw new SimError("InvalidArgument", `The simulator gives no ${dimension} of a series.`);
        const values = series[dimension === "Values" ? "values" : "categories"].map(shown);
        return { responseBytes: jsonBytes(values), deliver: () => result.deliver(values) };
      },
    });
    return result;
  }
}

/** Excel.ChartSeriesCollection of one chart. */
export class SimChartSeriesCollection extends SimItemCollection<SeriesTarget, SimChartSeries> {
  constructor(
    context: SimRequestContext,
    private readonly chart: () => ModelChart
  ) {
    super(
      context,
      () => {
        const target = chart();
        return seriesOf(target).map((_, index) => ({ chart: target, index }));
      },
      (target) => new SimChartSeries(context, { target })
    );
  }

  /** The series at a 0-based place, as the chart's data gives them when the batch runs. */
  getItemAt(index: number): SimChartSeries {
    return new SimChartSeries(this.context, {
      describe: `series ${index}`,
      locate: () => {
        const chart = this.chart();
        return index >= 0 && index < seriesOf(chart).length ? { chart, index } : undefined;
      },
    });
  }
}
