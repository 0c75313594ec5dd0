import type { ModelValue } from "../workbook-model";

export type Grid = ModelValue[][];
/** A criterion argument: one value, or an array constant's values. */
export type Criterion = ModelValue | ModelValue[];

/** Text as criteria compare it (without case); numbers as they are. */
const folded = (value: ModelValue) =>
  typeof value === "number" ? value : String(value).toLocaleLowerCase();

/** Ranges with their text folded once, however many criteria test them. */
const foldedGrids = new WeakMap<Grid, (string | number)[][]>();
function foldedGrid(range: Grid): (string | number)[][] {
  let grid = foldedGrids.get(range);
  if (!grid) foldedGrids.set(range, (grid = range.map((row) => row.map(folded))));
  return grid;
}

/** A criterion of SUMIFS/COUNTIFS as Excel reads it: "=x", "<>x", "x" (equal), or a number. */
function matcher(criterion: ModelValue): (cell: string | number) => boolean {
  if (typeof criterion === "number")
    return (cell) =>
      cell === criterion ||
      (typeof cell === "string" && cell.trim() !== "" && Number(cell) === criterion);
  const text = String(criterion);
  const negate = text.startsWith("<>");
  const body = negate ? text.slice(2) : text.startsWith("=") ? text.slice(1) : text;
  const wanted = body.replace(/~([*?~])/g, "$1").toLocaleLowerCase();
  return negate ? (cell) => String(cell) !== wanted : (cell) => String(cell) === wanted;
}

/** Every choice of one value from each criterion list (Excel spreads a row list across a column list). */
function combinations(lists: ModelValue[][]): ModelValue[][] {
  return lists.reduce<ModelValue[][]>(
    (combos, list) => combos.flatMap((combo) => list.map((value) => [...combo, value])),
    [[]]
  );
}

/**
 * SUMIFS (with `sum`) or COUNTIFS (without) over same-shaped ranges; a criterion that is a list
 * gives one result per value (per combination across lists), for SUMPRODUCT to add.
 */
export function conditional(sum: Grid | undefined, pairs: [Grid, Criterion][]): number | number[] {
  const lists = pairs.map(([, c]) => (Array.isArray(c) ? c : [c]));
  const ranges = pairs.map(([range]) => foldedGrid(range));
  const shape = sum ?? pairs[0][0];
  const results = combinations(lists).map((chosen) => {
    const tests = chosen.map(matcher);
    let total = 0;
    for (let r = 0; r < shape.length; r++)
      for (let c = 0; c < shape[r].length; c++) {
        if (!tests.every((test, i) => test(ranges[i][r]?.[c] ?? ""))) continue;
        const value = sum ? sum[r][c] : 1;
        if (typeof value === "number") total += value;
      }
    return total;
  });
  return pairs.some(([, c]) => Array.isArray(c)) ? results : results[0];
}
