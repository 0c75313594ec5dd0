import { memo, type CSSProperties } from "react";
import type { ModelChart } from "../../simulator/model-chart";
import { seriesOf } from "../../simulator/proxies/chart-series";
import { cellText } from "../grid/cell-text";
import { pointsToPx } from "../grid/grid-layout";
import { usePlaygroundWords } from "../words";
import { chartDrawing, type LegendEntry } from "./chart-drawing";

const FRAME: CSSProperties = {
  position: "absolute",
  background: "#fff",
  border: "1px solid #bfbfbf",
  boxSizing: "border-box",
  overflow: "hidden",
};
const LABEL = { fontSize: 11, fill: "#595959" };
const SWATCH_PX = 10;

function Legend({ entries }: { entries: LegendEntry[] }) {
  return (
    <g>
      {entries.map((entry, i) => (
        <g key={i} transform={`translate(${entry.x} ${entry.y})`}>
          <rect width={SWATCH_PX} height={SWATCH_PX} y={-SWATCH_PX + 1} fill={entry.color} />
          <text x={SWATCH_PX + 4} {...LABEL}>
            {entry.text}
            <title>{entry.name}</title>
          </text>
        </g>
      ))}
    </g>
  );
}

/** The format of the source's first number: Excel links a chart's values to their source's. */
function sourceNumberFormat({ source: { sheet, area } }: ModelChart): string | undefined {
  for (let row = area.top; row <= area.bottom; row++)
    for (let column = area.left; column <= area.right; column++) {
      const cell = sheet.cell(row, column);
      if (typeof cell?.value === "number") return cell.numberFormat;
    }
  return undefined;
}

/**
 * A chart on the sheet, drawn from its source cells as they are now, at its place: points from
 * the sheet's corner, measured from the reading start as the grid is. Drawn again only when the
 * workbook changed (`measuredAt`, the revision it was drawn at), not as the grid scrolls.
 */
export const ChartView = memo(function ChartView(props: {
  chart: ModelChart;
  top: number;
  inline: number;
  measuredAt: number;
}) {
  const { chart } = props;
  const { word } = usePlaygroundWords();
  const { top, left, width, height } = chart.position;
  const size = { width: pointsToPx(width), height: pointsToPx(height) };
  const numberFormat = sourceNumberFormat(chart);
  const valueText = (value: number) => cellText({ value, numberFormat }).text;
  const drawing = chartDrawing(chart, seriesOf(chart), size, valueText);
  const style: CSSProperties = {
    ...FRAME,
    top: props.top + pointsToPx(top),
    insetInlineStart: props.inline + pointsToPx(left),
    ...size,
  };
  return (
    <div style={style} data-testid="sheet-chart" data-chart={chart.name}>
      <svg
        width={size.width}
        height={size.height}
        direction="ltr"
        role="img"
        aria-label={chart.title.text || chart.name}
      >
        {drawing.title && (
          <text
            x={drawing.title.x}
            y={drawing.title.y}
            textAnchor="middle"
            fontSize={14}
            fill="#404040"
          >
            {drawing.title.text}
          </text>
        )}
        {drawing.plot ? (
          <g>
            {drawing.plot.axisLines.map((line, i) => (
              <rect key={i} {...line} fill="#bfbfbf" />
            ))}
            {drawing.plot.bars.map((bar, i) => (
              <rect
                key={i}
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
                fill={bar.color}
              >
                <title>{bar.label}</title>
              </rect>
            ))}
            {drawing.plot.slices.map((slice, i) => (
              <path key={i} d={slice.path} fill={slice.color} stroke="#fff">
                <title>{slice.label}</title>
              </path>
            ))}
            {drawing.plot.labels.map((label, i) => (
              <text key={i} x={label.x} y={label.y} textAnchor={label.anchor} {...LABEL}>
                {label.text}
              </text>
            ))}
          </g>
        ) : (
          <text x={size.width / 2} y={size.height / 2} textAnchor="middle" {...LABEL}>
            {word("chart.notDrawn", { type: chart.chartType })}
          </text>
        )}
        <Legend entries={drawing.legend} />
      </svg>
    </div>
  );
});
