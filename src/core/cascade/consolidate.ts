import { analyse } from "../analyse";
import type { RuleConfig } from "../config";
import { countFindings, type Finding, type FindingCounts } from "../findings";
import type { Lang } from "../i18n";
import type { MappingDocument } from "../mapping/mapping-document";
import type { Origin } from "../model/plan";
import type { ParentRegister } from "../register/parent-register";
import { parentGoalLinks } from "../register/parent-links";
import { budgetOverCeiling } from "../rules/budget-over-ceiling";
import { cascadeSumMismatch } from "../rules/cascade-sum-mismatch";
import { indexPlan } from "../rules/plan-index";
import { runRules, type KeepReport } from "../rules/run-rules";
import { uncoveredParentGoal } from "../rules/uncovered-parent-goal";
import { uncoveredPolicy } from "../rules/uncovered-policy";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import { combineDistricts } from "./combine-districts";

export interface DistrictWorkbook {
  name: string;
  snapshot: WorkbookSnapshot;
  mapping: MappingDocument;
}

export interface Consolidation {
  /** Each district's own findings, judged with the parent plan as its register. */
  districts: { name: string; findings: Finding[]; counts: FindingCounts }[];
  /** What only the districts together can show: parent goals no district serves, parent KPI targets their districts' targets miss. */
  overall: Finding[];
  /** Parent goals × districts: how many of the district's rows serve each goal (see parentGoalLinks). */
  matrix: { goals: { code: string; title: string }[]; districts: string[]; links: number[][] };
}

/**
 * The rules that judge the districts together; every other rule judges each district alone. The
 * parent's policies must be served, and its budget ceilings kept, by the districts together (as in
 * one workbook holding every district): those two rules' findings on the parent's cells are
 * dropped from each district's own, where one district would answer for all.
 */
const TOGETHER = [uncoveredParentGoal, cascadeSumMismatch, uncoveredPolicy, budgetOverCeiling];
const PARENT_WIDE = new Set([uncoveredPolicy.meta.id, budgetOverCeiling.meta.id]);

/**
 * District plans checked against their parent and together, as `rahbord cascade` reports them.
 * Each district is analysed on its own with the parent as its register (units, directions,
 * targets against the parent's KPIs, alignment); then all of them as one plan for coverage of the
 * parent's goals and the aggregation of the parent's KPI targets.
 */
export function consolidate(
  register: ParentRegister,
  workbooks: readonly DistrictWorkbook[],
  options: { config?: RuleConfig; lang?: Lang } = {}
): Consolidation {
  const parentRows = new Set<Origin>([...register.policies, ...register.goals, ...register.kpis]);
  const keep: KeepReport = (rule, origin) => !(PARENT_WIDE.has(rule) && parentRows.has(origin));
  const analysed = workbooks.map((w) => {
    const { plan, findings } = analyse(w.snapshot, w.mapping, { ...options, register, keep });
    return { name: w.name, plan, findings };
  });
  const combined = combineDistricts(register, analysed);
  const index = indexPlan(combined);
  // The districts' own rows were judged with each district: only the parent's rows remain.
  const onParent: KeepReport = (_, origin) => parentRows.has(origin);
  const overall = runRules(combined, TOGETHER, options.config, options.lang, index, onParent);
  const served = parentGoalLinks(combined, index);
  const names = workbooks.map((w) => w.name);
  return {
    districts: analysed.map(({ name, findings }) => ({
      name,
      findings,
      counts: countFindings(findings),
    })),
    overall,
    matrix: {
      goals: register.goals.map((g) => ({ code: g.code, title: g.title })),
      districts: names,
      links: register.goals.map((g) => names.map((d) => served.get(g)?.get(d) ?? 0)),
    },
  };
}
