import type { Code, Plan } from "../model/plan";
import { computeRollups } from "../rollups/compute-rollups";

export type ComparedEntity = "policy" | "goal" | "initiative" | "kpi";

/** One difference between two states of a plan, as a review lists it. */
export interface PlanChange {
  entity: ComparedEntity;
  /** The code as the later plan writes it (the earlier one's for a removal). */
  code: string;
  kind: "added" | "removed" | "retitled" | "reparented" | "target" | "approved" | "spent";
  before?: string | number;
  after?: string | number;
}

interface Comparable {
  code: string;
  title: string;
  parent?: Code;
  target?: number;
  approved?: number;
  spent?: number;
}

/** Each entity of a plan by its code's key (the first row of a code, as the rules take it). */
function comparables(plan: Plan): Record<ComparedEntity, Map<string, Comparable>> {
  const budgets = new Map(computeRollups(plan).initiatives.map((i) => [i.code, i.budget]));
  const byKey = <T extends Code>(rows: readonly T[], make: (row: T) => Comparable) => {
    const map = new Map<string, Comparable>();
    for (const row of rows) if (row.key && !map.has(row.key)) map.set(row.key, make(row));
    return map;
  };
  return {
    policy: byKey(plan.policies, (p) => ({
      code: p.code,
      title: p.title,
      parent: p.parent,
    })),
    goal: byKey(plan.goals, (g) => ({ code: g.code, title: g.title, parent: g.parent })),
    initiative: byKey(plan.initiatives, (i) => ({
      code: i.code,
      title: i.title,
      parent: i.goal,
      ...budgets.get(i.code),
    })),
    kpi: byKey(plan.kpis, (k) => ({
      code: k.code,
      title: k.name,
      parent: k.goal ?? k.initiative,
      target: k.target,
    })),
  };
}

const ENTITIES: readonly ComparedEntity[] = ["policy", "goal", "initiative", "kpi"];

/**
 * What changed from one state of a plan to another: entities added and removed (matched by code,
 * Persian and Latin digits alike), retitled and re-parented, KPI targets and initiative budgets
 * changed. In entity order, then in the later plan's order (removals last).
 */
export function planDiff(before: Plan, after: Plan): PlanChange[] {
  const old = comparables(before);
  const now = comparables(after);
  const changes: PlanChange[] = [];
  for (const entity of ENTITIES) {
    for (const [key, b] of now[entity]) {
      const a = old[entity].get(key);
      if (!a) {
        changes.push({ entity, code: b.code, kind: "added", after: b.title });
        continue;
      }
      const compare = (
        kind: PlanChange["kind"],
        x: string | number | undefined,
        y: string | number | undefined
      ) => {
        if (x !== y) changes.push({ entity, code: b.code, kind, before: x, after: y });
      };
      compare("retitled", a.title.trim(), b.title.trim());
      // Parents are matched by key (digits and case aside) and told by the code as written.
      if (a.parent?.key !== b.parent?.key)
        changes.push({
          entity,
          code: b.code,
          kind: "reparented",
          before: a.parent?.code,
          after: b.parent?.code,
        });
      compare("target", a.target, b.target);
      compare("approved", a.approved, b.approved);
      compare("spent", a.spent, b.spent);
    }
    for (const [key, a] of old[entity])
      if (!now[entity].has(key))
        changes.push({ entity, code: a.code, kind: "removed", before: a.title });
  }
  return changes;
}
