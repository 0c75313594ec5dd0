import type { CellArea } from "../core/snapshot/workbook-snapshot";
import type { ModelSheet, ModelValue } from "./workbook-model";

export type ModelChartType = `${Excel.ChartType}`;
export type ModelSeriesBy = `${Excel.ChartSeriesBy}`;
export type ModelLegendPosition = `${Excel.ChartLegendPosition}`;

/** A chart on a sheet. Its series are not stored: they follow its source cells, as in Excel. */
export interface ModelChart {
  id: string;
  /** Not unique: Excel lets several charts of a sheet share a name. */
  name: string;
  chartType: ModelChartType;
  title: { text: string; visible: boolean };
  /** The range the chart plots (any sheet's) and how it reads it into series. */
  source: { sheet: ModelSheet; area: CellArea };
  seriesBy: ModelSeriesBy;
  /** Axis titles, present once set. */
  axisTitles: { category?: string; value?: string };
  /** In points from the sheet's top-left corner. */
  position: { top: number; left: number; width: number; height: number };
  legend: { visible: boolean; position: ModelLegendPosition };
  /** Solid fills given to series, by their place in the chart; Excel's palette for the others. */
  seriesColors: (string | undefined)[];
}

/** One series as the chart plots it. */
export interface ModelSeries {
  name: string;
  categories: ModelValue[];
  values: ModelValue[];
}

const isText = (value: ModelValue) => typeof value === "string" && value !== "";

/**
 * The series a source range gives, as Excel's setData with an explicit orientation reads it: for
 * "Columns" each column is a series, its first cell the series name when the first row is text,
 * and the first column gives the categories when it is text (else 1, 2, 3…); "Rows" is the same
 * across. The top-left cell is left out of both tests, since it may be either label or blank.
 * "Auto" is the simulator's choice of Excel's guess: Columns unless there are more columns than rows.
 */
export function deriveSeries(values: ModelValue[][], seriesBy: ModelSeriesBy): ModelSeries[] {
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rows >= columns);
  // A line is one candidate series: a column of the range for Columns, a row for Rows.
  const lines = byColumns
    ? Array.from({ length: columns }, (_, c) => values.map((row) => row[c]))
    : values;
  const length = lines[0]?.length ?? 0;
  const named =
    length > 1 && (lines.length > 1 ? lines.slice(1) : lines).every((line) => isText(line[0]));
  const categorised =
    lines.length > 1 && lines[0].slice(length > 1 ? 1 : 0).every((value) => isText(value));
  const first = named ? 1 : 0;
  const categories = categorised
    ? lines[0].slice(first)
    : Array.from({ length: length - first }, (_, i) => i + 1);
  return lines.slice(categorised ? 1 : 0).map((line, i) => ({
    name: named ? String(line[0]) : `Series${i + 1}`,
    categories,
    values: line.slice(first),
  }));
}
