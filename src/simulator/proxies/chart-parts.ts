import type { ModelChart, ModelLegendPosition } from "../model-chart";
import type { ModelSheet } from "../workbook-model";
import { SimClientObject } from "./client-object";

/** A chart and the sheet it sits on; the chart's parts (title, legend…) are found through it. */
export interface ChartTarget {
  sheet: ModelSheet;
  chart: ModelChart;
}

/** Excel.ChartTitle. */
export class SimChartTitle extends SimClientObject<ChartTarget> {
  protected readonly properties = {
    text: ({ chart }: ChartTarget) => chart.title.text,
    visible: ({ chart }: ChartTarget) => chart.title.visible,
  };

  get text(): string {
    return this.loadedValue("text");
  }
  /** Giving a title text shows the title, as in Excel. */
  set text(text: string) {
    this.change({ text }, ({ chart }) => (chart.title = { text, visible: true }));
  }

  get visible(): boolean {
    return this.loadedValue("visible");
  }
  set visible(visible: boolean) {
    this.change({ visible }, ({ chart }) => (chart.title.visible = visible));
  }
}

export type AxisKind = keyof ModelChart["axisTitles"];

/** Excel.ChartAxisTitle of the category or the value axis: shown once it has a text. */
export class SimChartAxisTitle extends SimClientObject<ChartTarget> {
  protected readonly properties = {
    text: ({ chart }: ChartTarget) => chart.axisTitles[this.axis] ?? "",
    visible: ({ chart }: ChartTarget) => chart.axisTitles[this.axis] !== undefined,
  };

  constructor(
    private readonly axis: AxisKind,
    ...rest: ConstructorParameters<typeof SimClientObject<ChartTarget>>
  ) {
    super(...rest);
  }

  get text(): string {
    return this.loadedValue("text");
  }
  set text(text: string) {
    this.change({ text }, ({ chart }) => (chart.axisTitles[this.axis] = text));
  }

  get visible(): boolean {
    return this.loadedValue("visible");
  }
}

/** Excel.ChartLegend. */
export class SimChartLegend extends SimClientObject<ChartTarget> {
  protected readonly properties = {
    visible: ({ chart }: ChartTarget) => chart.legend.visible,
    position: ({ chart }: ChartTarget) => chart.legend.position,
  };

  get visible(): boolean {
    return this.loadedValue("visible");
  }
  set visible(visible: boolean) {
    this.change({ visible }, ({ chart }) => (chart.legend.visible = visible));
  }

  get position(): ModelLegendPosition {
    return this.loadedValue("position");
  }
  set position(position: ModelLegendPosition) {
    this.change({ position }, ({ chart }) => (chart.legend.position = position));
  }
}
