import { SEVERITIES, type Severity } from "../config";
import type { Finding } from "../findings";
import { areaOfRange, cellAddress } from "../snapshot/address";

/**
 * How Rahbord marks an offending cell: a custom conditional format whose rule is always true and
 * names Rahbord and the severity, so that "clear" can tell its own formats from the user's.
 */
export const HIGHLIGHT_STYLES: Readonly<Record<Severity, { fill: string; fontColor: string }>> = {
  // Excel's own "light red fill with dark red text", "yellow fill with dark yellow text", and a blue.
  error: { fill: "#FFC7CE", fontColor: "#9C0006" },
  warning: { fill: "#FFEB9C", fontColor: "#9C5700" },
  info: { fill: "#DDEBF7", fontColor: "#1F4E78" },
};

export const highlightFormula = (severity: Severity) => `=ISTEXT("rahbord:${severity}")`;

/** Whether a conditional format's formula is one Rahbord wrote (Excel may change the case). */
export const isHighlightFormula = (formula: string) => /^=ISTEXT\("rahbord:/i.test(formula);

/** One conditional format to add: cells of one sheet and severity, as a multi-area address. */
export interface HighlightGroup {
  sheet: string;
  severity: Severity;
  /** "B2:B5, D7": comma-separated areas of the sheet, without the sheet's name. */
  address: string;
  areas: number;
  cells: number;
}

interface Options {
  /** Join areas into one group up to this address length; 0 gives one group per area. */
  maxAddressLength: number;
}

/**
 * The cells to mark, grouped by sheet and severity: a cell with several findings takes the most
 * severe; cells next to each other down a column become one area. Groups come most severe first.
 */
export function highlightPlan(
  findings: readonly Finding[],
  { maxAddressLength }: Options
): HighlightGroup[] {
  const worst = new Map<string, Map<string, Severity>>();
  for (const f of findings) {
    let cells = worst.get(f.sheet);
    if (!cells) worst.set(f.sheet, (cells = new Map()));
    const before = cells.get(f.cell);
    if (!before || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(before))
      cells.set(f.cell, f.severity);
  }
  const groups: HighlightGroup[] = [];
  for (const severity of SEVERITIES)
    for (const [sheet, cells] of worst) {
      const points = [...cells]
        .filter(([, s]) => s === severity)
        .flatMap(([cell]) => areaOfRange(cell) ?? []);
      groups.push(
        ...join(columnRuns(points), maxAddressLength).map((runs) => ({
          sheet,
          severity,
          address: runs.map((run) => run.address).join(", "),
          areas: runs.length,
          cells: runs.reduce((sum, run) => sum + run.cells, 0),
        }))
      );
    }
  return groups;
}

interface Run {
  address: string;
  cells: number;
}

/** Cells as areas: consecutive rows of one column become one "B2:B5". */
function columnRuns(points: { top: number; left: number }[]): Run[] {
  const sorted = [...points].sort((a, b) => a.left - b.left || a.top - b.top);
  const runs: Run[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (
      j + 1 < sorted.length &&
      sorted[j + 1].left === sorted[i].left &&
      sorted[j + 1].top === sorted[j].top + 1
    )
      j++;
    const start = cellAddress(sorted[i].top, sorted[i].left);
    const address = j === i ? start : `${start}:${cellAddress(sorted[j].top, sorted[j].left)}`;
    runs.push({ address, cells: j - i + 1 });
    i = j + 1;
  }
  return runs;
}

/** Areas joined into lists whose ", "-joined address stays within the length. */
function join(runs: Run[], maxLength: number): Run[][] {
  const lists: Run[][] = [];
  let length = Infinity;
  for (const run of runs) {
    if (length + 2 + run.address.length > maxLength) {
      lists.push([]);
      length = -2;
    }
    lists[lists.length - 1].push(run);
    length += 2 + run.address.length;
  }
  return lists;
}
