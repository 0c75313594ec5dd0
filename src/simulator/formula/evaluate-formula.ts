import { areaOfRange } from "../../core/snapshot/address";
import { grid } from "../proxies/cell-area";
import type { ModelSheet, ModelValue, ModelWorkbook } from "../workbook-model";
import { conditional, type Criterion, type Grid } from "./criteria-functions";

/**
 * The simulator's stand-in for Excel's calculation, for the formulas Rahbord writes: sums of
 * SUM, SUMIFS, COUNTIFS and SUMPRODUCT over ranges, with text, number and array-constant criteria.
 * Anything else gives undefined, and the cell shows #NAME? as before. Formulas are computed when
 * written, not again when their cells change; LibreOffice remains the real check of them.
 */
export function evaluateFormula(
  model: ModelWorkbook,
  sheet: ModelSheet,
  formula: string,
  /** Ranges already read, for formulas written together (the cells they read do not change meanwhile). */
  ranges = new Map<string, Grid>()
): number | undefined {
  try {
    const parser = new Parser(formula.slice(1), model, sheet, ranges);
    const value = parser.sum();
    parser.end();
    return typeof value === "number" ? value : undefined;
  } catch {
    return undefined;
  }
}

type Value = number | number[] | Grid | ModelValue | ModelValue[];

class Parser {
  private at = 0;
  constructor(
    private readonly text: string,
    private readonly model: ModelWorkbook,
    private readonly sheet: ModelSheet,
    private readonly ranges: Map<string, Grid>
  ) {}

  /** term ("+" term)* */
  sum(): Value {
    let total = this.term();
    while (this.eat("+")) total = toNumber(total) + toNumber(this.term());
    return total;
  }

  end(): void {
    if (this.at !== this.text.length) throw new Error("unexpected text");
  }

  private term(): Value {
    const number = /^-?\d+(\.\d+)?/.exec(this.rest());
    if (number && !/^[A-Z]/i.test(this.rest().slice(number[0].length))) {
      this.at += number[0].length;
      return Number(number[0]);
    }
    if (this.peek() === '"') return this.string();
    if (this.peek() === "{") return this.array();
    const call = /^([A-Z]+)\(/i.exec(this.rest());
    if (call) {
      this.at += call[0].length;
      const args: Value[] = [];
      if (!this.eat(")")) {
        do args.push(this.sum());
        while (this.eat(","));
        this.expect(")");
      }
      return callFunction(call[1].toUpperCase(), args);
    }
    return this.range();
  }

  private range(): Grid {
    const ref = /^(?:'((?:[^']|'')+)'|([\p{L}\p{N}_.]+))!/u.exec(this.rest());
    let sheet = this.sheet;
    if (ref) {
      this.at += ref[0].length;
      const found = this.model.sheet(ref[1]?.replace(/''/g, "'") ?? ref[2]);
      if (!found) throw new Error("no sheet");
      sheet = found;
    }
    const cells = /^\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?/i.exec(this.rest());
    const area = cells && areaOfRange(cells[0].replace(/\$/g, ""));
    if (!cells || !area) throw new Error("no range");
    this.at += cells[0].length;
    const key = `${sheet.id}!${cells[0]}`;
    let values = this.ranges.get(key);
    if (!values)
      this.ranges.set(key, (values = grid(sheet, area, (cell) => cell?.value ?? "") ?? []));
    return values;
  }

  private string(): string {
    const match = /^"((?:[^"]|"")*)"/.exec(this.rest());
    if (!match) throw new Error("bad string");
    this.at += match[0].length;
    return match[1].replace(/""/g, '"');
  }

  /** {a,b} or {a;b}: the values, in order (the simulator needs no shape: see criteria-functions). */
  private array(): ModelValue[] {
    this.expect("{");
    const values: ModelValue[] = [];
    do values.push(this.peek() === '"' ? this.string() : toNumber(this.term()));
    while (this.eat(",") || this.eat(";"));
    this.expect("}");
    return values;
  }

  private rest = () => this.text.slice(this.at);
  private peek = () => this.text[this.at];
  private eat(char: string): boolean {
    if (this.peek() !== char) return false;
    this.at++;
    return true;
  }
  private expect(char: string): void {
    if (!this.eat(char)) throw new Error(`expected ${char}`);
  }
}

const isGrid = (value: Value): value is Grid => Array.isArray(value) && Array.isArray(value[0]);

function toNumber(value: Value): number {
  if (typeof value === "number") return value;
  if (Array.isArray(value) && !isGrid(value))
    return value.reduce<number>((sum, v) => sum + (typeof v === "number" ? v : 0), 0);
  throw new Error("not a number");
}

function callFunction(name: string, args: Value[]): Value {
  switch (name) {
    case "SUM":
      return args.reduce<number>(
        (sum, arg) =>
          sum +
          (isGrid(arg)
            ? arg.flat().reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0)
            : toNumber(arg)),
        0
      );
    case "SUMPRODUCT":
      return toNumber(args[0]);
    case "SUMIFS": {
      const [sum, ...rest] = args;
      if (!isGrid(sum)) throw new Error("SUMIFS needs a range");
      return conditional(sum, pairsOf(rest));
    }
    case "COUNTIFS":
      return conditional(undefined, pairsOf(args));
    default:
      throw new Error(`no function ${name}`);
  }
}

function pairsOf(args: Value[]): [Grid, Criterion][] {
  const pairs: [Grid, Criterion][] = [];
  for (let i = 0; i + 1 < args.length; i += 2) {
    const range = args[i];
    if (!isGrid(range)) throw new Error("criteria need a range");
    pairs.push([range, args[i + 1] as Criterion]);
  }
  return pairs;
}
