import { ROLES, type Role } from "../mapping/roles";
import { checker } from "../mapping/validate-mapping";
import type { BudgetLine, Code, Goal, Initiative, Kpi, Origin, Plan, Policy } from "../model/plan";
import { LINE_KINDS, type LineKind } from "../normalize/enums";
import { canonicalCode } from "../normalize/text";

/**
 * What a review snapshot keeps of a plan: what planDiff compares (codes, titles, parents, KPI
 * targets, the budget lines behind initiative budgets) and nothing else. Codes are kept as
 * written; their keys are derived again on reading, so that a snapshot and the current plan are
 * always matched by the same canonical form, even one a later Rahbord refines.
 */
export interface PlanState {
  mapped: Role[];
  policies: { code: string; title: string; parent?: string }[];
  goals: { code: string; title: string; parent?: string; policies?: string[] }[];
  initiatives: { code: string; title: string; goal?: string }[];
  kpis: { code: string; name: string; goal?: string; initiative?: string; target?: number }[];
  budget: {
    initiative?: string;
    kind: LineKind;
    year?: number;
    approved?: number;
    spent?: number;
  }[];
}

/** Rows without a code are left out: planDiff cannot match them, nothing refers to them. */
const coded = <T extends Code>(rows: readonly T[]) => rows.filter((row) => row.key !== "");

export function toState(plan: Plan): PlanState {
  return {
    mapped: ROLES.filter((role) => plan.mapped.has(role)),
    policies: coded(plan.policies).map((p) => ({
      code: p.code,
      title: p.title,
      parent: p.parent?.code,
    })),
    goals: coded(plan.goals).map((g) => ({
      code: g.code,
      title: g.title,
      parent: g.parent?.code,
      policies: g.policies.length ? g.policies.map((p) => p.code) : undefined,
    })),
    initiatives: coded(plan.initiatives).map((i) => ({
      code: i.code,
      title: i.title,
      goal: i.goal?.code,
    })),
    kpis: coded(plan.kpis).map((k) => ({
      code: k.code,
      name: k.name,
      goal: k.goal?.code,
      initiative: k.initiative?.code,
      target: k.target,
    })),
    budget: plan.budget.map((line) => ({
      initiative: line.initiative?.code,
      kind: line.kind,
      year: line.year,
      approved: line.approved,
      spent: line.spent,
    })),
  };
}

/** A snapshot's rows have no place in the workbook: an empty origin stands in for one. */
const NOWHERE: Origin = { sheet: "", row: 0, columns: {} };

const ref = (code: string | undefined): Code | undefined =>
  code === undefined ? undefined : { code, key: canonicalCode(code) };
const own = (code: string) => ({ ...NOWHERE, code, key: canonicalCode(code) });

/** The plan a snapshot stands for, as planDiff and computeRollups take it. */
export function fromState(state: PlanState): Plan {
  return {
    mapped: new Set(state.mapped),
    policies: state.policies.map((p): Policy => ({
      role: "policy",
      ...own(p.code),
      title: p.title,
      parent: ref(p.parent),
    })),
    goals: state.goals.map((g): Goal => ({
      role: "goal",
      ...own(g.code),
      title: g.title,
      parent: ref(g.parent),
      policies: (g.policies ?? []).map((code) => ref(code)!),
    })),
    initiatives: state.initiatives.map((i): Initiative => ({
      role: "initiative",
      ...own(i.code),
      title: i.title,
      goal: ref(i.goal),
    })),
    kpis: state.kpis.map((k): Kpi => ({
      role: "kpi",
      ...own(k.code),
      name: k.name,
      goal: ref(k.goal),
      initiative: ref(k.initiative),
      target: k.target,
      yearTargets: [],
    })),
    actuals: [],
    budget: state.budget.map((line): BudgetLine => ({
      role: "budget",
      ...NOWHERE,
      initiative: ref(line.initiative),
      kind: line.kind,
      year: line.year,
      approved: line.approved,
      spent: line.spent,
    })),
    issues: [],
  };
}

const text = { type: "string" } as const;
const code = { type: "string", minLength: 1 } as const;
const number = { type: "number" } as const;
const rows = (required: string[], properties: Record<string, object>) =>
  ({
    type: "array",
    items: { type: "object", required, additionalProperties: false, properties },
  }) as const;

export const PLAN_STATE_SCHEMA = {
  type: "object",
  required: ["mapped", "policies", "goals", "initiatives", "kpis", "budget"],
  additionalProperties: false,
  properties: {
    mapped: { type: "array", items: { enum: ROLES } },
    policies: rows(["code", "title"], { code, title: text, parent: code }),
    goals: rows(["code", "title"], {
      code,
      title: text,
      parent: code,
      policies: { type: "array", items: code },
    }),
    initiatives: rows(["code", "title"], { code, title: text, goal: code }),
    kpis: rows(["code", "name"], {
      code,
      name: text,
      goal: code,
      initiative: code,
      target: number,
    }),
    budget: rows(["kind"], {
      initiative: code,
      kind: { enum: Object.keys(LINE_KINDS) },
      year: number,
      approved: number,
      spent: number,
    }),
  },
} as const;

export const checkPlanState = checker<PlanState>(PLAN_STATE_SCHEMA);
