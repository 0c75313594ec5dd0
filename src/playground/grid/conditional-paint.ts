import { isHighlightFormula } from "../../core/report/highlight-plan";
import { areasOverlap } from "../../core/snapshot/address";
import type { CellArea } from "../../core/snapshot/workbook-snapshot";
import type {
  ModelConditionalFormat,
  ModelConditionalStyle,
  ModelSheet,
  ModelValue,
} from "../../simulator/workbook-model";

/** What conditional formats add to a cell's look. */
export type CellPaint = ModelConditionalStyle;

/** One format the grid can draw: where it applies and what it gives a value there. */
interface PaintRule {
  areas: CellArea[];
  stopIfTrue: boolean;
  paint(value: ModelValue): CellPaint | undefined;
}

type StopKind = "min" | "max" | "number" | "percent" | "percentile";

interface ScaleStop {
  kind: StopKind;
  value: number;
  color: string;
}

/** office.js's criterion types and exceljs's cfvo types, as the two ways a scale reaches the model. */
const STOP_KINDS: Record<string, StopKind> = {
  LowestValue: "min",
  HighestValue: "max",
  Number: "number",
  Percent: "percent",
  Percentile: "percentile",
  min: "min",
  max: "max",
  num: "number",
  percent: "percent",
  percentile: "percentile",
};

const HEX = /^#[0-9a-f]{6}$/i;

type Criterion = { type?: string; formula?: string; color?: string };
type ExcelJsScale = {
  cfvo?: { type?: string; value?: number }[];
  color?: { argb?: string }[];
};

function stop(type: string | undefined, value: unknown, color: string | undefined) {
  const kind = STOP_KINDS[type ?? ""];
  const number = Number(value ?? 0);
  return kind && color && HEX.test(color) && Number.isFinite(number)
    ? { kind, value: number, color }
    : undefined;
}

/**
 * A colour scale's stops: from office.js's criteria (a scale set through the simulator, as the
 * dashboard's heat map is) or from the file's rule as exceljs read it. Undefined for what the grid
 * cannot draw (theme colours, formula stops).
 */
function scaleStops(detail: unknown): ScaleStop[] | undefined {
  const criteria = (detail as { criteria?: Record<string, Criterion> } | undefined)?.criteria;
  const stops = criteria
    ? [criteria.minimum, criteria.midpoint, criteria.maximum]
        .filter((c): c is Criterion => c !== undefined && c !== null)
        .map((c) => stop(c.type, c.formula, c.color))
    : ((detail as ExcelJsScale | undefined)?.cfvo ?? []).map((cfvo, i) => {
        const argb = (detail as ExcelJsScale).color?.[i]?.argb;
        return stop(cfvo.type, cfvo.value, argb && `#${argb.slice(-6)}`);
      });
  return stops.length >= 2 && stops.every((s) => s !== undefined) ? stops : undefined;
}

const holds = (a: CellArea, row: number, column: number) =>
  row >= a.top && row <= a.bottom && column >= a.left && column <= a.right;

/** The numbers in the areas, read from the stored cells only. */
function numbersIn(sheet: ModelSheet, areas: CellArea[]): number[] {
  const numbers: number[] = [];
  for (const [row, line] of sheet.cells)
    for (const [column, cell] of line)
      if (typeof cell.value === "number" && !cell.error && areas.some((a) => holds(a, row, column)))
        numbers.push(cell.value);
  return numbers;
}

/** PERCENTILE.INC of sorted numbers, as Excel places a percentile stop. */
function percentile(sorted: number[], p: number): number {
  const rank = (sorted.length - 1) * p;
  const below = Math.floor(rank);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
}

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

function mix(from: string, to: string, t: number): string {
  const [a, b] = [channels(from), channels(to)];
  const hex = a.map((v, i) =>
    Math.round(v + (b[i] - v) * t)
      .toString(16)
      .padStart(2, "0")
  );
  return `#${hex.join("")}`.toUpperCase();
}

function colorScaleRule(sheet: ModelSheet, format: ModelConditionalFormat): PaintRule | undefined {
  const stops = scaleStops(format.detail);
  const sorted = numbersIn(sheet, format.areas).sort((a, b) => a - b);
  if (!stops || sorted.length === 0) return undefined;
  const [min, max] = [sorted[0], sorted[sorted.length - 1]];
  const threshold: Record<StopKind, (value: number) => number> = {
    min: () => min,
    max: () => max,
    number: (value) => value,
    percent: (value) => min + ((max - min) * value) / 100,
    percentile: (value) => percentile(sorted, value / 100),
  };
  const placed = stops
    .map((s) => ({ at: threshold[s.kind](s.value), color: s.color }))
    .sort((a, b) => a.at - b.at);
  return {
    areas: format.areas,
    stopIfTrue: format.stopIfTrue ?? false,
    paint(value) {
      if (typeof value !== "number") return undefined;
      const upper = placed.findIndex((s) => value <= s.at);
      if (upper === 0) return { fill: placed[0].color };
      if (upper === -1) return { fill: placed[placed.length - 1].color };
      const [low, high] = [placed[upper - 1], placed[upper]];
      return { fill: mix(low.color, high.color, (value - low.at) / (high.at - low.at)) };
    },
  };
}

/**
 * The formats the grid draws: Rahbord's highlights (a custom rule that is always true) and colour
 * scales. Other rules would need Excel's formula engine, so they are left undrawn.
 */
function paintRule(sheet: ModelSheet, format: ModelConditionalFormat): PaintRule | undefined {
  if (format.type === "ColorScale") return colorScaleRule(sheet, format);
  if (format.type !== "Custom" || !isHighlightFormula(format.formula ?? "")) return undefined;
  const style = format.style ?? {};
  return { areas: format.areas, stopIfTrue: format.stopIfTrue ?? false, paint: () => style };
}

export type PaintAt = (row: number, column: number, value: ModelValue) => CellPaint | undefined;

/**
 * The sheet's conditional look, prepared once per redraw; `within` narrows it to the formats that
 * touch the cells in view. Formats apply in priority order, the first setting a property wins.
 */
export interface SheetPaint {
  within(view: CellArea): PaintAt;
}

export function conditionalPaint(sheet: ModelSheet): SheetPaint {
  const rules = sheet.conditionalFormats.flatMap((f) => paintRule(sheet, f) ?? []);
  return {
    within(view) {
      const near = rules.filter((r) => r.areas.some((a) => areasOverlap(a, view)));
      return (row, column, value) => {
        let paint: CellPaint | undefined;
        for (const rule of near) {
          if (!rule.areas.some((a) => holds(a, row, column))) continue;
          const given = rule.paint(value);
          if (!given) continue;
          paint = { ...given, ...paint };
          if (rule.stopIfTrue) break;
        }
        return paint;
      };
    },
  };
}
