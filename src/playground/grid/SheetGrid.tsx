import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { cellAddress } from "../../core/snapshot/address";
import type { CellArea } from "../../core/snapshot/workbook-snapshot";
import type { ModelSheet } from "../../simulator/workbook-model";
import { ChartView } from "../charts/ChartView";
import { usePlaygroundWords } from "../words";
import { CellLayer, FONT_FAMILY, FONT_PX } from "./CellLayer";
import { conditionalPaint } from "./conditional-paint";
import { ColumnLetters, Corner, GRIDLINE, RowNumbers } from "./GridHeaders";
import { gridLayout, HEADER_PX, ROW_PX, visibleArea } from "./grid-layout";

const SELECTION = "#107c41";
const FROZEN_LINE = "#9e9e9e";

/** From `first` to `last`, both included. */
const span = (first: number, last: number) =>
  Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);

/** An area as Excel writes it (A1, or A1:B2): what the tests read off the selection outline. */
const areaAddress = (area: CellArea) => {
  const first = cellAddress(area.top, area.left);
  const last = cellAddress(area.bottom, area.right);
  return first === last ? first : `${first}:${last}`;
};

/** The scroller's size, followed as the window or the pane resizes. */
function useViewSize(element: React.RefObject<HTMLElement | null>) {
  const [size, setSize] = useState({ width: 800, height: 600 });
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const measure = () => setSize({ width: target.clientWidth, height: target.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return size;
}

/**
 * One sheet as Excel draws it: column letters, row numbers, the frozen rows kept at the top,
 * cells, charts and the selection; right to left when the sheet is. Only the cells in view are
 * drawn, so a plan of ten thousand rows scrolls as freely as a small one.
 */
export function SheetGrid(props: { sheet: ModelSheet; selection?: CellArea; revision: number }) {
  const { sheet, selection, revision } = props;
  const { word } = usePlaygroundWords();
  const scroller = useRef<HTMLDivElement>(null);
  const selected = useRef<HTMLDivElement>(null);
  const view = useViewSize(scroller);
  const [scroll, setScroll] = useState({ top: 0, inline: 0 });
  // The model changes in place: the revision says when the sheet must be measured again, and
  // lets the drawings that depend on it (cell blocks, charts) skip redrawing until then.
  const { layout, paint, measuredAt } = useMemo(
    () => ({
      layout: gridLayout(sheet, selection),
      paint: conditionalPaint(sheet),
      measuredAt: revision,
    }),
    [sheet, selection, revision]
  );

  // The pane's "go to cell" selects a cell: bring it into view below the frozen rows.
  useEffect(() => {
    selected.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selection]);

  const { rows, columns, columnStarts, rowHeaderPx, frozenRows } = layout;
  const bandPx = HEADER_PX + frozenRows * ROW_PX;
  const width = rowHeaderPx + columnStarts[columns];
  const inView = visibleArea(layout, scroll, view);
  const frozen = frozenRows > 0 ? { ...inView, top: 1, bottom: frozenRows } : undefined;
  const columnsInView = span(inView.left, inView.right);
  const columnStart = (column: number) => rowHeaderPx + columnStarts[column - 1];
  const columnWidth = (column: number) => columnStarts[column] - columnStarts[column - 1];

  return (
    <div
      ref={scroller}
      role="grid"
      aria-label={word("grid", { sheet: sheet.name })}
      aria-rowcount={rows}
      aria-colcount={columns}
      data-testid="sheet-grid"
      dir={sheet.rightToLeft ? "rtl" : "ltr"}
      style={{
        overflow: "auto",
        flex: 1,
        position: "relative",
        font: `${FONT_PX}px ${FONT_FAMILY}`,
        background: "#fff",
      }}
      onScroll={(e) =>
        setScroll({ top: e.currentTarget.scrollTop, inline: Math.abs(e.currentTarget.scrollLeft) })
      }
    >
      <div
        style={{
          position: "relative",
          width,
          height: HEADER_PX + rows * ROW_PX,
          // Row gridlines; the column ones are drawn per column, as widths differ.
          backgroundImage: `linear-gradient(to bottom, transparent ${ROW_PX - 1}px, ${GRIDLINE} ${ROW_PX - 1}px)`,
          backgroundSize: `100% ${ROW_PX}px`,
        }}
      >
        <div style={{ position: "sticky", top: 0, height: bandPx, zIndex: 3, background: "#fff" }}>
          <div
            style={{
              position: "sticky",
              insetInlineStart: 0,
              width: rowHeaderPx,
              height: bandPx,
              zIndex: 1,
            }}
          >
            <Corner width={rowHeaderPx} />
            <RowNumbers
              rows={span(1, frozenRows)}
              width={rowHeaderPx}
              top={(row) => HEADER_PX + (row - 1) * ROW_PX}
            />
          </div>
          <ColumnLetters columns={columnsInView} start={columnStart} width={columnWidth} />
          {frozen && (
            <CellLayer
              {...{ sheet, layout, paint }}
              view={frozen}
              rows={{ first: 1, last: frozenRows }}
            />
          )}
          {/* The line Excel draws under frozen rows. */}
          {frozen && (
            <div
              style={{
                position: "absolute",
                insetInline: 0,
                bottom: 0,
                height: 1,
                background: FROZEN_LINE,
              }}
            />
          )}
        </div>
        <div
          style={{
            position: "sticky",
            insetInlineStart: 0,
            width: rowHeaderPx,
            height: rows * ROW_PX - frozenRows * ROW_PX,
            zIndex: 2,
          }}
        >
          <RowNumbers
            rows={span(inView.top, inView.bottom)}
            width={rowHeaderPx}
            top={(row) => (row - 1 - frozenRows) * ROW_PX}
          />
        </div>
        {columnsInView.map((column) => (
          <div
            key={column}
            style={{
              position: "absolute",
              top: 0,
              bottom: 0,
              insetInlineStart: columnStart(column + 1) - 1,
              width: 1,
              background: GRIDLINE,
            }}
          />
        ))}
        <CellLayer
          {...{ sheet, layout, paint }}
          view={inView}
          rows={{ first: frozenRows + 1, last: rows }}
        />
        {sheet.charts.map((chart) => (
          <ChartView
            key={chart.id}
            chart={chart}
            top={HEADER_PX}
            inline={rowHeaderPx}
            measuredAt={measuredAt}
          />
        ))}
        {selection && (
          <div
            ref={selected}
            data-testid="selection"
            data-area={areaAddress(selection)}
            style={{
              position: "absolute",
              zIndex: 1,
              pointerEvents: "none",
              boxSizing: "border-box",
              border: `2px solid ${SELECTION}`,
              top: HEADER_PX + (selection.top - 1) * ROW_PX,
              insetInlineStart: columnStart(selection.left),
              width: columnStarts[selection.right] - columnStarts[selection.left - 1],
              height: (selection.bottom - selection.top + 1) * ROW_PX,
              scrollMarginTop: bandPx,
              scrollMarginInlineStart: rowHeaderPx,
            }}
          />
        )}
      </div>
    </div>
  );
}
