import { areaOfRange } from "../../core/snapshot/address";
import type { CellArea } from "../../core/snapshot/workbook-snapshot";
import type { ModelChart, ModelChartType, ModelSeriesBy } from "../model-chart";
import type { SimRequestContext } from "../request-context";
import { SimError } from "../sim-error";
import type { ModelSheet } from "../workbook-model";
import {
  SimChartAxisTitle,
  SimChartLegend,
  SimChartTitle,
  type AxisKind,
  type ChartTarget,
} from "./chart-parts";
import { seriesOf, SimChartSeriesCollection } from "./chart-series";
import { SimClientObject } from "./client-object";
import { SimItemCollection } from "./item-collection";
import type { SimRange } from "./range";
import { guidLike } from "../guid";

/** Excel's default cell in points (a 64-pixel column, a 20-pixel row): the model keeps no sizes. */
const COLUMN_WIDTH = 48;
const ROW_HEIGHT = 15;

/** Excel's default chart is 5 by 3 inches; placing it at the sheet's corner is the simulator's choice. */
const NEW_CHART_POSITION = { top: 0, left: 0, width: 360, height: 216 };

type Placement = keyof ModelChart["position"];

/** Names and sheets match without regard to case in Excel; the simulator takes charts' names alike. */
const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** A range argument as the request carries it: an address, or a reference to a range object. */
const argument = (cell: SimRange | string | undefined) =>
  typeof cell === "object" ? "Range" : cell;

/** Excel.Chart: its name, type, place, title, axis titles and legend, and the data it plots. */
export class SimChart extends SimClientObject<ChartTarget> {
  protected readonly properties = {
    id: ({ chart }: ChartTarget) => chart.id,
    name: ({ chart }: ChartTarget) => chart.name,
    chartType: ({ chart }: ChartTarget) => chart.chartType,
    top: ({ chart }: ChartTarget) => chart.position.top,
    left: ({ chart }: ChartTarget) => chart.position.left,
    width: ({ chart }: ChartTarget) => chart.position.width,
    height: ({ chart }: ChartTarget) => chart.position.height,
  };

  get id(): string {
    return this.loadedValue("id");
  }

  get name(): string {
    return this.loadedValue("name");
  }
  /** Excel lets several charts of a sheet share a name. */
  set name(name: string) {
    this.change({ name }, ({ chart }) => (chart.name = name));
  }

  get chartType(): ModelChartType {
    return this.loadedValue("chartType");
  }
  set chartType(chartType: ModelChartType) {
    this.change({ chartType }, ({ chart }) => (chart.chartType = chartType));
  }

  get top(): number {
    return this.loadedValue("top");
  }
  set top(top: number) {
    this.place("top", top);
  }
  get left(): number {
    return this.loadedValue("left");
  }
  set left(left: number) {
    this.place("left", left);
  }
  get width(): number {
    return this.loadedValue("width");
  }
  set width(width: number) {
    this.place("width", width);
  }
  get height(): number {
    return this.loadedValue("height");
  }
  set height(height: number) {
    this.place("height", height);
  }

  get title(): SimChartTitle {
    return (this.chartTitle ??= new SimChartTitle(this.context, this.part("chart title")));
  }
  private chartTitle?: SimChartTitle;

  get legend(): SimChartLegend {
    return (this.chartLegend ??= new SimChartLegend(this.context, this.part("chart legend")));
  }
  private chartLegend?: SimChartLegend;

  /** Only the axes' titles are modelled. */
  get axes(): Record<`${AxisKind}Axis`, { title: SimChartAxisTitle }> {
    const title = (axis: AxisKind) =>
      (this.axisTitles[axis] ??= new SimChartAxisTitle(
        axis,
        this.context,
        this.part(`${axis} axis title`)
      ));
    return {
      get categoryAxis() {
        return { title: title("category") };
      },
      get valueAxis() {
        return { title: title("value") };
      },
    };
  }
  private readonly axisTitles: Partial<Record<AxisKind, SimChartAxisTitle>> = {};

  get series(): SimChartSeriesCollection {
    return (this.chartSeries ??= new SimChartSeriesCollection(
      this.context,
      () => this.resolved().chart
    ));
  }
  private chartSeries?: SimChartSeriesCollection;

  /** Plots another range (of any sheet); the series follow from it. */
  setData(sourceData: SimRange, seriesBy: ModelSeriesBy = "Auto"): void {
    this.change({ sourceData: argument(sourceData), seriesBy }, ({ chart }) => {
      const { sheet, area } = sourceData.located();
      chart.source = { sheet, area: { ...area } };
      chart.seriesBy = seriesBy;
    });
  }

  /**
   * Moves the chart to a cell of its sheet; with an end cell, also sizes it to cover through that
   * cell. Cells are taken at Excel's default size.
   */
  setPosition(startCell: SimRange | string, endCell?: SimRange | string): void {
    const payload = { startCell: argument(startCell), endCell: argument(endCell) };
    this.change(payload, ({ sheet, chart }) => {
      const start = this.cellArea(sheet, startCell);
      const top = (start.top - 1) * ROW_HEIGHT;
      const left = (start.left - 1) * COLUMN_WIDTH;
      const { width, height } = chart.position;
      const end = endCell === undefined ? undefined : this.cellArea(sheet, endCell);
      const size = end
        ? { width: end.right * COLUMN_WIDTH - left, height: end.bottom * ROW_HEIGHT - top }
        : { width, height };
      if (size.width <= 0 || size.height <= 0)
        throw new SimError("InvalidArgument", "The end cell is above or left of the start cell.");
      chart.position = { top, left, ...size };
    });
  }

  delete(): void {
    this.change({ delete: true }, ({ sheet, chart }) =>
      sheet.charts.splice(sheet.charts.indexOf(chart), 1)
    );
  }

  /** How a part of the chart (title, legend…) finds its target: through the chart. */
  private part(describe: string) {
    return { describe, locate: () => this.resolved() };
  }

  private place(key: Placement, points: number): void {
    this.change({ [key]: points }, ({ chart }) => {
      if (!Number.isFinite(points) || points < 0)
        throw new SimError("InvalidArgument", `The chart's ${key} must be 0 or more points.`);
      chart.position[key] = points;
    });
  }

  private cellArea(sheet: ModelSheet, cell: SimRange | string): CellArea {
    const { sheet: on, area } =
      typeof cell === "string" ? { sheet, area: areaOfRange(cell) } : cell.located();
    if (!area || on !== sheet)
      throw new SimError("InvalidArgument", "A chart is placed by cells of its own sheet.");
    return area;
  }
}

/** The first of make(1), make(2)… that is not taken. */
function firstFree(make: (n: number) => string, taken: (candidate: string) => boolean): string {
  let n = 1;
  while (taken(make(n))) n++;
  return make(n);
}

/** Excel.ChartCollection of a sheet. */
export class SimChartCollection extends SimItemCollection<ChartTarget, SimChart> {
  constructor(
    context: SimRequestContext,
    private readonly sheet: () => ModelSheet
  ) {
    super(
      context,
      () => {
        const on = sheet();
        return on.charts.map((chart) => ({ sheet: on, chart }));
      },
      (target) => new SimChart(context, { target })
    );
  }

  /**
   * A chart of a range (of any sheet), named "Chart 1", "Chart 2"… as the sheet has none of that
   * name. Its title is its only series' name, else "Chart Title", as Excel titles a new chart.
   */
  add(type: ModelChartType, sourceData: SimRange, seriesBy: ModelSeriesBy = "Auto"): SimChart {
    const { model } = this.context;
    return new SimChart(this.context, {
      describe: `new ${type} chart`,
      locate: () => {
        const sheet = this.sheet();
        const { sheet: sourceSheet, area } = sourceData.located();
        const source = { sheet: sourceSheet, area: { ...area } };
        const series = seriesOf({ source, seriesBy });
        const ids = new Set(model.sheets.flatMap((s) => s.charts.map((c) => c.id)));
        const chart: ModelChart = {
          id: firstFree(guidLike, (id) => ids.has(id)),
          name: firstFree(
            (n) => `Chart ${n}`,
            (name) => sheet.charts.some((c) => sameName(c.name, name))
          ),
          chartType: type,
          title: { text: series.length === 1 ? series[0].name : "Chart Title", visible: true },
          source,
          seriesBy,
          axisTitles: {},
          position: { ...NEW_CHART_POSITION },
          legend: { visible: true, position: "Bottom" },
          seriesColors: [],
        };
        sheet.charts.push(chart);
        return { sheet, chart };
      },
    });
  }

  /** The first chart of that name: Excel's chart names need not be unique. */
  getItem(name: string): SimChart {
    return new SimChart(this.context, {
      describe: `chart '${name}'`,
      locate: () => this.find(name),
    });
  }

  getItemOrNullObject(name: string): SimChart {
    return new SimChart(this.context, {
      describe: `chart '${name}'`,
      orNull: true,
      locate: () => this.find(name),
    });
  }

  private find(name: string): ChartTarget | undefined {
    const sheet = this.sheet();
    const chart = sheet.charts.find((c) => sameName(c.name, name));
    return chart && { sheet, chart };
  }
}
