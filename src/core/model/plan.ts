import type { Precision } from "../normalize/date";
import type { Aggregation, Direction, Frequency, LineKind, Status } from "../normalize/enums";
import type { Role } from "../mapping/roles";
import type { ParentRegister } from "../register/parent-register";
import type { CellValue } from "../snapshot/workbook-snapshot";

/**
 * Where a row came from: its sheet and worksheet row, and the worksheet column of each field. Every
 * entity is its own origin (the fields are on the entity): a separate object per row would be one
 * more object per row surviving a validation, and V8's cost per surviving object grows with their
 * number.
 */
export interface Origin {
  sheet: string;
  row: number;
  columns: Readonly<Record<string, number>>;
}

/** A code as written (for display) and canonical (for matching). */
export interface Code {
  code: string;
  key: string;
}

export interface PlanDate {
  day: number;
  precision: Precision;
}

interface Entity extends Code, Origin {}

export interface Policy extends Entity {
  role: "policy";
  title: string;
  pillar?: string;
  parent?: Code;
  level?: string;
  legalBasis?: string;
  budgetCeiling?: number;
}

export interface Goal extends Entity {
  role: "goal";
  title: string;
  policies: Code[];
  parent?: Code;
  owner?: string;
  start?: PlanDate;
  end?: PlanDate;
  weight?: number;
  budgetCeiling?: number;
  /** In a workbook holding several districts' plans: the district this goal belongs to. */
  district?: string;
}

export interface Initiative extends Entity {
  role: "initiative";
  title: string;
  goal?: Code;
  owner?: string;
  district?: string;
  start?: PlanDate;
  end?: PlanDate;
  status?: Status;
  weight?: number;
}

export interface Kpi extends Entity {
  role: "kpi";
  name: string;
  goal?: Code;
  initiative?: Code;
  unit?: string;
  /** The unit compared canonically: "%" and «درصد» alike. */
  unitKey?: string;
  direction?: Direction;
  baseline?: number;
  target?: number;
  /** Per-year targets from wide columns: year → target, with the column it came from. */
  yearTargets: { year: number; value: number; column: number }[];
  actual?: number;
  frequency?: Frequency;
  thresholds?: { onTrack: number; atRisk: number };
  parent?: Code;
  aggregation?: Aggregation;
  /** In a workbook holding several districts' plans: the district this KPI belongs to. */
  district?: string;
}

export interface KpiActual extends Origin {
  role: "kpi-actuals";
  kpi?: Code;
  period?: string;
  value?: number;
}

export interface BudgetLine extends Origin {
  role: "budget";
  initiative?: Code;
  year?: number;
  source?: string;
  kind: LineKind;
  approved?: number;
  spent?: number;
}

export type PlanEntity = Policy | Goal | Initiative | Kpi | KpiActual | BudgetLine;

/** A cell whose value could not be read as its field's type: the rules turn these into findings. */
export interface FieldIssue {
  role: Role;
  origin: Origin;
  field: string;
  column: number;
  kind: "date" | "number" | "enum";
  reason: string;
  value: CellValue;
  /** The row's code, or for code-less rows (budget lines, actuals) the code they refer to. */
  code?: string;
}

export interface Plan {
  /** Roles the mapping covers (a rule about budgets stays silent when no budget is mapped). */
  mapped: ReadonlySet<Role>;
  policies: Policy[];
  goals: Goal[];
  initiatives: Initiative[];
  kpis: Kpi[];
  actuals: KpiActual[];
  budget: BudgetLine[];
  issues: FieldIssue[];
  /** The higher-level plan imported into the workbook, when there is one. */
  register?: ParentRegister;
  /** Several districts' plans combined (rahbord cascade): judged together against the register. */
  consolidation?: boolean;
}

/** A plan holding only the parts given: what a plan put together from pieces starts from. */
export function planOf(parts: Partial<Plan> = {}): Plan {
  return {
    mapped: new Set(),
    policies: [],
    goals: [],
    initiatives: [],
    kpis: [],
    actuals: [],
    budget: [],
    issues: [],
    ...parts,
  };
}
