import type { Role } from "../mapping/roles";
import { planOf, type Code, type Plan } from "../model/plan";
import type { ParentRegister } from "../register/parent-register";

export interface DistrictPlan {
  /** The district's name as output shows it (the CLI uses the file's name). */
  name: string;
  plan: Plan;
}

/** How a district's sheets are named in the combined plan: findings there name the district. */
export const districtSheet = (district: string, sheet: string) => `${district} › ${sheet}`;

/**
 * The district plans as one plan beneath the parent's register, so that the rules judge them
 * together. Every district reuses codes (each has its own G1), so a district's codes, and its
 * links to them, are made its own; links to codes it does not define stay as written and find
 * the parent's. Each row is tagged with its district (its own district column wins).
 */
export function combineDistricts(
  register: ParentRegister,
  districts: readonly DistrictPlan[]
): Plan {
  const mapped = new Set<Role>();
  const combined = planOf({ mapped, register, consolidation: true });
  districts.forEach(({ name, plan }, n) => {
    for (const role of plan.mapped) mapped.add(role);
    const own = (rows: readonly Code[]) => new Set(rows.map((r) => r.key));
    const keys = {
      policy: own(plan.policies),
      goal: own(plan.goals),
      initiative: own(plan.initiatives),
      kpi: own(plan.kpis),
    };
    // "\u0000" joins: no code (the trimmed text of a cell) holds it.
    const scoped = (set: Set<string>) => ({
      key: (key: string) => (set.has(key) ? `${n}\u0000${key}` : key),
      ref: <T extends Code | undefined>(ref: T): T =>
        ref && set.has(ref.key) ? ({ ...ref, key: `${n}\u0000${ref.key}` } as T) : ref,
    });
    const policy = scoped(keys.policy);
    const goal = scoped(keys.goal);
    const initiative = scoped(keys.initiative);
    const kpi = scoped(keys.kpi);
    const sheet = (s: string) => districtSheet(name, s);
    for (const p of plan.policies)
      combined.policies.push({
        ...p,
        key: policy.key(p.key),
        sheet: sheet(p.sheet),
        parent: policy.ref(p.parent),
      });
    for (const g of plan.goals)
      combined.goals.push({
        ...g,
        key: goal.key(g.key),
        sheet: sheet(g.sheet),
        parent: goal.ref(g.parent),
        policies: g.policies.map(policy.ref),
        district: g.district ?? name,
      });
    for (const i of plan.initiatives)
      combined.initiatives.push({
        ...i,
        key: initiative.key(i.key),
        sheet: sheet(i.sheet),
        goal: goal.ref(i.goal),
        district: i.district ?? name,
      });
    for (const k of plan.kpis)
      combined.kpis.push({
        ...k,
        key: kpi.key(k.key),
        sheet: sheet(k.sheet),
        goal: goal.ref(k.goal),
        initiative: initiative.ref(k.initiative),
        parent: kpi.ref(k.parent),
        district: k.district ?? name,
      });
    for (const b of plan.budget)
      combined.budget.push({
        ...b,
        sheet: sheet(b.sheet),
        initiative: initiative.ref(b.initiative),
      });
  });
  return combined;
}
