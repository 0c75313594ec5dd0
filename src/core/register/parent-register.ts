import type { Goal, Kpi, Plan, Policy } from "../model/plan";

/** Where a register came from: the parent plan's file, when it was imported, and its SHA-256. */
export interface RegisterSource {
  fileName: string;
  /** ISO 8601 time of the import. */
  importedAt: string;
  /** SHA-256 of the file's bytes, hex: tells a re-import of the same file from a changed one. */
  hash: string;
}

/**
 * The higher-level plan a workbook answers to: the parent's policies, goals and KPIs with their
 * targets. Its entities are read like the plan's own (their origins are the register's cells), but
 * they are the parent's commitments, judged only as what the plan's own rows must meet.
 */
export interface ParentRegister {
  source: RegisterSource;
  policies: Policy[];
  goals: Goal[];
  kpis: Kpi[];
}

/** A parent plan as a register: what the rules judge the child against, without the parent's rows' noise. */
export function registerOf(parent: Plan, source: RegisterSource): ParentRegister {
  const coded = <T extends { key: string }>(rows: readonly T[]) => rows.filter((r) => r.key);
  return {
    source,
    policies: coded(parent.policies),
    goals: coded(parent.goals),
    kpis: coded(parent.kpis),
  };
}
