import {
  SOURCE,
  UNIT,
  type BudgetRow,
  type GoalRow,
  type InitiativeRow,
  type KpiRow,
  type Plan,
  type PolicyRow,
} from "./plan";

/**
 * The mistakes the "with-defects" samples add to the clean plan, each one a person could make, each
 * named with the rules it sets off. Every rule of the catalogue is set off at least once.
 */
export interface Defect {
  name: string;
  rules: string[];
  apply(plan: Plan): void;
}

function byCode<T extends { code: string }>(list: T[], code: string): T {
  const found = list.find((row) => row.code === code);
  if (!found) throw new Error(`no row ${code} in the sample plan`);
  return found;
}
const policy = (plan: Plan, code: string): PolicyRow => byCode(plan.policies, code);
const goal = (plan: Plan, code: string): GoalRow => byCode(plan.goals, code);
const initiative = (plan: Plan, code: string): InitiativeRow => byCode(plan.initiatives, code);
const kpi = (plan: Plan, code: string): KpiRow => byCode(plan.kpis, code);
/** An initiative's first cost line in the budget. */
function costLine(plan: Plan, code: string): BudgetRow {
  const found = plan.budget.find((b) => b.initiative === code && b.kind === "cost");
  if (!found) throw new Error(`no budget line of ${code} in the sample plan`);
  return found;
}

export const DEFECTS: readonly Defect[] = [
  {
    name: "K12's row copied for a new KPI, its code left unchanged",
    rules: ["duplicate-id"],
    apply(plan) {
      const copy: KpiRow = {
        ...kpi(plan, "K12"),
        name: {
          fa: "سهم خودروهای برقی در ناوگان رفت‌وروب",
          en: "Share of electric sweepers in the fleet",
        },
        unit: UNIT.percent,
        direction: "increase",
        baseline: 5,
        target: 40,
        yearTargets: { 1403: 15, 1404: 25 },
        actuals: [],
      };
      plan.kpis.splice(plan.kpis.indexOf(kpi(plan, "K12")) + 1, 0, copy);
    },
  },
  {
    name: "I7's title left empty",
    rules: ["missing-required"],
    apply: (plan) => void (initiative(plan, "I7").title = undefined),
  },
  {
    name: "K5 names goal G7, which the plan does not have",
    rules: ["unknown-reference"],
    apply: (plan) => void (kpi(plan, "K5").goal = "G7"),
  },
  {
    name: "A budget row for I10, a code no initiative has (wide: one per year with an amount)",
    rules: ["unknown-reference"],
    apply(plan) {
      plan.budget.push({
        initiative: "I10",
        source: SOURCE.own,
        kind: "cost",
        approved: { 1404: 12, 1405: 12 },
        spent: {},
      });
    },
  },
  {
    name: "K1's parent cell holds its own code",
    rules: ["reference-cycle"],
    apply: (plan) => void (kpi(plan, "K1").parent = "K1"),
  },
  {
    name: "G4 cites no policy (P4 is still served by G3)",
    rules: ["unaligned-goal"],
    apply: (plan) => void (goal(plan, "G4").policies = []),
  },
  {
    name: "Policy P5 added from the city plan, but no goal serves it",
    rules: ["uncovered-policy"],
    apply(plan) {
      plan.policies.push({
        code: "P5",
        title: {
          fa: "ساماندهی مشاغل مزاحم در محله‌های مسکونی",
          en: "Move nuisance trades out of residential neighbourhoods",
        },
        pillar: policy(plan, "P2").pillar,
        legalBasis: { fa: "مادهٔ ۴۱ برنامهٔ پنج‌ساله", en: "Five-year plan, art. 41" },
      });
    },
  },
  {
    name: "Sub-goal G2.1 added before anything was planned or measured under it",
    rules: ["goal-without-initiatives", "goal-without-kpis"],
    apply(plan) {
      plan.goals.splice(plan.goals.indexOf(goal(plan, "G2")) + 1, 0, {
        code: "G2.1",
        title: {
          fa: "کاهش شکایات از نخاله‌های ساختمانی",
          en: "Fewer complaints about construction debris",
        },
        parent: "G2",
        policies: [],
        owner: goal(plan, "G2").owner,
        start: "1404/01/01",
        end: "1406/12/29",
      });
    },
  },
  {
    name: "K11 moved up to its goal alone, leaving I8 without a KPI of its own",
    rules: ["initiative-without-kpis"],
    apply: (plan) => void (kpi(plan, "K11").initiative = undefined),
  },
  {
    name: "I3's budget row deleted",
    rules: ["initiative-without-budget"],
    apply: (plan) => void plan.budget.splice(plan.budget.indexOf(costLine(plan, "I3")), 1),
  },
  {
    name: "A bond-funded budget row with no initiative code",
    rules: ["unlinked-budget-line"],
    apply(plan) {
      plan.budget.push({ source: SOURCE.bonds, kind: "cost", approved: { 1404: 40 }, spent: {} });
    },
  },
  {
    name: "I3 ends on 30 Esfand 1402, a day 1402 does not have (1403 is the leap year)",
    rules: ["invalid-date"],
    apply(plan) {
      initiative(plan, "I3").end = { typed: { fa: "۱۴۰۲/۱۲/۳۰", en: "2025-02-29" } };
    },
  },
  {
    name: "I2's start written with a two-digit year",
    rules: ["invalid-date"],
    apply(plan) {
      initiative(plan, "I2").start = { typed: { fa: "۰۲/۰۷/۰۱", en: "09/10/2023" } };
    },
  },
  {
    name: "I5's end typed as a month before its start",
    rules: ["date-order"],
    apply: (plan) => void (initiative(plan, "I5").end = "1402/02/31"),
  },
  {
    name: "I8 extended past the end of its goal G4 (and of the plan)",
    rules: ["outside-plan-period"],
    apply: (plan) => void (initiative(plan, "I8").end = "1407/06/31"),
  },
  {
    name: "Money for I6 in 1406, two years after it ends",
    rules: ["budget-outside-dates"],
    apply: (plan) => void (costLine(plan, "I6").approved[1406] = 25),
  },
  {
    name: "K7's baseline written in words",
    rules: ["not-a-number"],
    apply: (plan) => void (kpi(plan, "K7").baseline = { typed: { fa: "حدود ۴۸", en: "about 48" } }),
  },
  {
    name: "I8's 1403 spending typed with its unit",
    rules: ["not-a-number"],
    apply(plan) {
      costLine(plan, "I8").spent[1403] = { typed: { fa: "۷۵ میلیارد", en: "75 bn" } };
    },
  },
  {
    name: "I2's status and K6's frequency in words the plan does not know",
    rules: ["invalid-enum"],
    apply(plan) {
      initiative(plan, "I2").status = { typed: { fa: "در دست بررسی", en: "Under review" } };
      kpi(plan, "K6").frequency = { typed: { fa: "هفتگی", en: "Weekly" } };
    },
  },
  {
    name: "K11's unit left empty",
    rules: ["kpi-incomplete"],
    apply: (plan) => void (kpi(plan, "K11").unit = undefined),
  },
  {
    name: "K12 aims at more fuel, not less; K4's 1403 target below its baseline",
    rules: ["target-against-direction"],
    apply(plan) {
      kpi(plan, "K12").target = 480;
      kpi(plan, "K4").yearTargets = { ...kpi(plan, "K4").yearTargets, 1403: 35 };
    },
  },
  {
    name: "District 16 aims lower than the city's 80 %, district 15 higher to keep the average",
    rules: ["target-below-policy"],
    apply(plan) {
      kpi(plan, "K2").target = 85;
      kpi(plan, "K3").target = 75;
    },
  },
  {
    name: "K10 counted in million rials under K8's billions",
    rules: ["unit-mismatch"],
    apply: (plan) => void (kpi(plan, "K10").unit = UNIT.millionRials),
  },
  {
    name: "K9's direction written as to maintain, under K8's to increase",
    rules: ["direction-mismatch"],
    apply: (plan) => void (kpi(plan, "K9").direction = "maintain"),
  },
  {
    name: "K9's target cut, so K8's children add up to 2400, not 2500",
    rules: ["cascade-sum-mismatch"],
    apply: (plan) => void (kpi(plan, "K9").target = 1400),
  },
  {
    name: "I2 spent 96 of its 90 approved in 1403",
    rules: ["spend-over-budget"],
    apply: (plan) => void (costLine(plan, "I2").spent[1403] = 96),
  },
  {
    name: "P2's ceiling copied from an older plan: 150, below the 163 beneath it",
    rules: ["budget-over-ceiling"],
    apply: (plan) => void (policy(plan, "P2").ceiling = 150),
  },
  {
    name: "I6's weight lowered without raising I7's: 50 + 40",
    rules: ["weights-not-100"],
    apply: (plan) => void (initiative(plan, "I6").weight = 50),
  },
];

/** The clean plan with every defect applied. */
export function withDefects(plan: Plan): Plan {
  for (const defect of DEFECTS) defect.apply(plan);
  return plan;
}
