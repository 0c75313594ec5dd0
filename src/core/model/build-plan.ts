import type { Bound } from "../normalize/date";
import type { EnumTable } from "../normalize/enums";
import { AGGREGATIONS, DIRECTIONS, FREQUENCIES, LINE_KINDS, STATUSES } from "../normalize/enums";
import { isPercentUnit, unitKey } from "../normalize/unit";
import type { MappingDocument, SheetMapping, WideColumn } from "../mapping/mapping-document";
import type { Role } from "../mapping/roles";
import { readRegister } from "../register/register-sheet";
import { resolveColumns, SheetGrid } from "./sheet-grid";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import type {
  BudgetLine,
  Code,
  FieldIssue,
  Goal,
  Initiative,
  Kpi,
  Origin,
  Plan,
  PlanDate,
  Policy,
} from "./plan";
import { planOf } from "./plan";
import {
  Invalid,
  isBlank,
  isPercentText,
  isTotalLabel,
  readCode,
  readCodes,
  readDate,
  readEnum,
  readNumber,
  readText,
  readThresholds,
  readYear,
  type Read,
} from "./read-cells";

/** Reads a sheet's data rows one at a time, recording each unreadable cell as a FieldIssue. */
class RowReader implements Origin {
  row = 0;
  code?: string;
  constructor(
    private readonly grid: SheetGrid,
    private readonly role: Role,
    private readonly issues: FieldIssue[],
    readonly sheet: string,
    readonly columns: Readonly<Record<string, number>>
  ) {}

  /** Points the reader at the next row; `namingField` names the row in its issues. */
  moveTo(row: number, namingField: string): void {
    this.row = row;
    this.code = this.text(namingField);
  }

  cell(field: string) {
    const column = this.columns[field];
    return column === undefined ? null : this.grid.value(this.row, column);
  }

  private checked<T>(
    field: string,
    kind: FieldIssue["kind"],
    read: Read<T>,
    column?: number
  ): T | undefined {
    if (!(read instanceof Invalid)) return read;
    const col = column ?? this.columns[field];
    this.issues.push({
      role: this.role,
      origin: { sheet: this.sheet, row: this.row, columns: this.columns },
      field,
      column: col,
      kind,
      reason: read.reason,
      value: this.grid.value(this.row, col),
      code: this.code,
    });
    return undefined;
  }

  text(field: string) {
    return readText(this.cell(field));
  }
  ref(field: string): Code | undefined {
    return readCode(this.cell(field));
  }
  refs(field: string): Code[] {
    return readCodes(this.cell(field));
  }
  number(field: string) {
    return this.checked(field, "number", readNumber(this.cell(field)));
  }
  numberAt(field: string, column: number) {
    return this.checked(field, "number", readNumber(this.grid.value(this.row, column)), column);
  }
  /** The cell was written as a percentage ("80%"), so it read as a fraction. */
  percentAt(column: number | undefined): boolean {
    return column !== undefined && isPercentText(this.grid.value(this.row, column));
  }
  date(field: string, bound: Bound): PlanDate | undefined {
    const column = this.columns[field];
    const format = column === undefined ? null : this.grid.format(this.row, column);
    return this.checked(field, "date", readDate(this.cell(field), bound, format));
  }
  enumOf<T extends string>(field: string, table: EnumTable<T>) {
    return this.checked(field, "enum", readEnum(this.cell(field), table));
  }
  thresholds(field: string) {
    return this.checked(field, "number", readThresholds(this.cell(field)));
  }
  year(field: string) {
    return this.checked(field, "date", readYear(this.cell(field)));
  }
}

/** Wide amount columns of one year (and source): approved and spent, with the row origin's columns. */
interface AmountGroup {
  year?: number;
  source?: string;
  approved?: number;
  spent?: number;
  columns: Record<string, number>;
}

interface RoleSheet {
  grid: SheetGrid;
  mapping: SheetMapping;
  columns: Record<string, number>;
  wide: (WideColumn & { col: number })[];
  /** Prepared once per sheet, so rows share them instead of rebuilding them. */
  targets: { year: number; col: number }[];
  periods: { period: string; columns: Record<string, number> }[];
  amounts: AmountGroup[];
}
/**
 * Each data row of a mapped sheet: below the header, not blank, and not a totals row (a «جمع» or
 * "Total" label in its first filled cell, where such labels are written).
 */
function dataRows(sheet: RoleSheet): number[] {
  const watched = [
    ...new Set([...Object.values(sheet.columns), ...sheet.wide.map((w) => w.col)]),
  ].sort((a, b) => a - b);
  const rows: number[] = [];
  for (let row = sheet.mapping.headerRow + 1; row <= sheet.grid.lastRow; row++) {
    for (const column of watched) {
      const value = sheet.grid.value(row, column);
      if (isBlank(value)) continue;
      if (!isTotalLabel(value)) rows.push(row);
      break;
    }
  }
  return rows;
}

function openRole(
  snapshot: WorkbookSnapshot,
  mapping: SheetMapping | undefined
): RoleSheet | undefined {
  if (!mapping) return undefined;
  const sheet = snapshot.sheets.find((s) => s.name === mapping.sheet);
  if (!sheet) return undefined;
  const grid = new SheetGrid(sheet);
  const { columns, wide } = resolveColumns(grid, mapping);
  const amounts = new Map<string, AmountGroup>();
  for (const w of wide) {
    if (w.measure !== "approved" && w.measure !== "spent") continue;
    const key = `${w.year ?? ""}|${w.source ?? ""}`;
    let group = amounts.get(key);
    if (!group)
      amounts.set(key, (group = { year: w.year, source: w.source, columns: { ...columns } }));
    group[w.measure] = w.col;
    group.columns[w.measure] = w.col;
  }
  return {
    grid,
    mapping,
    columns,
    wide,
    targets: wide.flatMap((w) =>
      w.measure === "target" && w.year !== undefined ? [{ year: w.year, col: w.col }] : []
    ),
    periods: wide.flatMap((w) =>
      w.measure === "actual" && w.period
        ? [{ period: w.period, columns: { ...columns, value: w.col } }]
        : []
    ),
    amounts: [...amounts.values()],
  };
}

/**
 * A mapped sheet's resolved columns, data rows and last filled row (below the data when a totals row
 * or notes follow it), for features that address the plan's cells.
 */
export function mappedRows(snapshot: WorkbookSnapshot, mapping: SheetMapping | undefined) {
  const sheet = openRole(snapshot, mapping);
  return (
    sheet && {
      sheet: sheet.mapping.sheet,
      columns: sheet.columns,
      rows: dataRows(sheet),
      lastRow: sheet.grid.lastRow,
    }
  );
}

/**
 * Percentages typed both ways in one KPI ("80" beside "85%"): when plain values are clearly on a
 * 0–100 scale, the ones written with % (read as fractions) are scaled up to match.
 */
function harmonisePercent(k: Kpi, percentAt: (column: number | undefined) => boolean): void {
  const columns = k.columns;
  const fields = ["baseline", "target", "actual"] as const;
  const written = fields.map((f) => percentAt(columns[f]));
  const targetsWritten = k.yearTargets.map((t) => percentAt(t.column));
  const plain = (value: number | undefined, percent: boolean) =>
    !percent && Math.abs(value ?? 0) > 1.5;
  const plainHundreds =
    fields.some((f, i) => plain(k[f], written[i])) ||
    k.yearTargets.some((t, i) => plain(t.value, targetsWritten[i]));
  if (!plainHundreds) return;
  fields.forEach((f, i) => {
    const value = k[f];
    if (written[i] && value !== undefined) k[f] = value * 100;
  });
  k.yearTargets.forEach((t, i) => {
    if (targetsWritten[i]) t.value *= 100;
  });
}

const NO_TARGETS: Kpi["yearTargets"] = [];
const NO_CODE: Code = { code: "", key: "" };

/** The field that names a row in findings: its own code, or for code-less rows the code they refer to. */
const NAMING_FIELD: Record<Role, string> = {
  policy: "id",
  goal: "id",
  initiative: "id",
  kpi: "id",
  "kpi-actuals": "kpi",
  budget: "initiative",
};

/** Applies the mapping to the snapshot: every mapped row becomes an entity, every unreadable cell an issue. */
export function buildPlan(snapshot: WorkbookSnapshot, mapping: MappingDocument): Plan {
  const issues: FieldIssue[] = [];
  const mapped = new Set<Role>();
  const plan = planOf({ mapped, issues });

  const each = (role: Role, visit: (r: RowReader, sheet: RoleSheet) => void) => {
    const sheet = openRole(snapshot, mapping.roles[role]);
    if (!sheet) return;
    mapped.add(role);
    const reader = new RowReader(sheet.grid, role, issues, sheet.mapping.sheet, sheet.columns);
    for (const row of dataRows(sheet)) {
      reader.moveTo(row, NAMING_FIELD[role]);
      visit(reader, sheet);
    }
  };

  each("policy", (r) => {
    const id = r.ref("id") ?? NO_CODE;
    const p: Policy = {
      role: "policy",
      sheet: r.sheet,
      row: r.row,
      columns: r.columns,
      code: id.code,
      key: id.key,
      title: r.text("title") ?? "",
      pillar: r.text("pillar"),
      parent: r.ref("parent"),
      level: r.text("level"),
      legalBasis: r.text("legalBasis"),
      budgetCeiling: r.number("budgetCeiling"),
    };
    plan.policies.push(p);
  });

  each("goal", (r) => {
    const id = r.ref("id") ?? NO_CODE;
    const g: Goal = {
      role: "goal",
      sheet: r.sheet,
      row: r.row,
      columns: r.columns,
      code: id.code,
      key: id.key,
      title: r.text("title") ?? "",
      policies: r.refs("policies"),
      parent: r.ref("parent"),
      owner: r.text("owner"),
      start: r.date("start", "start"),
      end: r.date("end", "end"),
      weight: r.number("weight"),
      budgetCeiling: r.number("budgetCeiling"),
      district: r.text("district"),
    };
    plan.goals.push(g);
  });

  each("initiative", (r) => {
    const id = r.ref("id") ?? NO_CODE;
    const i: Initiative = {
      role: "initiative",
      sheet: r.sheet,
      row: r.row,
      columns: r.columns,
      code: id.code,
      key: id.key,
      title: r.text("title") ?? "",
      goal: r.ref("goal"),
      owner: r.text("owner"),
      district: r.text("district"),
      start: r.date("start", "start"),
      end: r.date("end", "end"),
      status: r.enumOf("status", STATUSES),
      weight: r.number("weight"),
    };
    plan.initiatives.push(i);
  });

  each("kpi", (r, sheet) => {
    const unit = r.text("unit");
    const key = unit === undefined ? undefined : unitKey(unit);
    const id = r.ref("id") ?? NO_CODE;
    const k: Kpi = {
      role: "kpi",
      sheet: r.sheet,
      row: r.row,
      columns: r.columns,
      code: id.code,
      key: id.key,
      name: r.text("name") ?? "",
      goal: r.ref("goal"),
      initiative: r.ref("initiative"),
      unit,
      unitKey: key,
      direction: r.enumOf("direction", DIRECTIONS),
      baseline: r.number("baseline"),
      target: r.number("target"),
      yearTargets:
        sheet.targets.length === 0
          ? NO_TARGETS
          : sheet.targets.flatMap((w) => {
              const value = r.numberAt("target", w.col);
              return value === undefined ? [] : [{ year: w.year, value, column: w.col }];
            }),
      actual: r.number("actual"),
      frequency: r.enumOf("frequency", FREQUENCIES),
      thresholds: r.thresholds("thresholds"),
      parent: r.ref("parent"),
      aggregation: r.enumOf("aggregation", AGGREGATIONS),
      district: r.text("district"),
    };
    if (isPercentUnit(key)) harmonisePercent(k, (column) => r.percentAt(column));
    plan.kpis.push(k);
  });

  each("kpi-actuals", (r, sheet) => {
    const kpi = r.ref("kpi");
    if (sheet.periods.length === 0) {
      plan.actuals.push({
        role: "kpi-actuals",
        sheet: r.sheet,
        row: r.row,
        columns: r.columns,
        kpi,
        period: r.text("period"),
        value: r.number("value"),
      });
      return;
    }
    for (const p of sheet.periods) {
      const column = p.columns.value;
      if (isBlank(sheet.grid.value(r.row, column))) continue;
      plan.actuals.push({
        role: "kpi-actuals",
        sheet: r.sheet,
        row: r.row,
        columns: p.columns,
        kpi,
        period: p.period,
        value: r.numberAt("value", column),
      });
    }
  });

  each("budget", (r, sheet) => {
    const initiative = r.ref("initiative");
    const source = r.text("source");
    const kind = r.enumOf("kind", LINE_KINDS) ?? "cost";
    if (sheet.amounts.length === 0) {
      plan.budget.push({
        role: "budget",
        sheet: r.sheet,
        row: r.row,
        columns: r.columns,
        initiative,
        year: r.year("year"),
        source,
        kind,
        approved: r.number("approved"),
        spent: r.number("spent"),
      });
      return;
    }
    // Wide: one line per year (and source) whose amount columns hold anything on this row.
    const row = r.row;
    for (const g of sheet.amounts) {
      const approvedBlank = g.approved === undefined || isBlank(sheet.grid.value(row, g.approved));
      const spentBlank = g.spent === undefined || isBlank(sheet.grid.value(row, g.spent));
      if (approvedBlank && spentBlank) continue;
      const line: BudgetLine = {
        role: "budget",
        sheet: r.sheet,
        row,
        columns: g.columns,
        initiative,
        year: g.year,
        source: g.source ?? source,
        kind,
        approved: approvedBlank ? undefined : r.numberAt("approved", g.approved as number),
        spent: spentBlank ? undefined : r.numberAt("spent", g.spent as number),
      };
      plan.budget.push(line);
    }
  });

  plan.register = readRegister(snapshot);
  return plan;
}
