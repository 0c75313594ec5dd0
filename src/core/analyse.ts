import type { RuleConfig } from "./config";
import { countFindings, type Finding, type FindingCounts } from "./findings";
import type { Lang } from "./i18n";
import type { MappingDocument } from "./mapping/mapping-document";
import { buildPlan } from "./model/build-plan";
import type { Plan } from "./model/plan";
import type { ParentRegister } from "./register/parent-register";
import { computeRollups, type Rollups } from "./rollups/compute-rollups";
import { RULES } from "./rules/catalogue";
import { indexPlan } from "./rules/plan-index";
import { runRules, type KeepReport } from "./rules/run-rules";
import type { WorkbookSnapshot } from "./snapshot/workbook-snapshot";

export interface Analysis {
  plan: Plan;
  findings: Finding[];
  counts: FindingCounts;
  /** Computed on first read: a terminal report needs none. */
  readonly rollups: Rollups;
}

/**
 * The engine end to end: the mapping applied to the snapshot, every rule run, the roll-ups computed
 * when asked for. Settings come from `config`, else from the mapping document's own; the parent
 * plan from `register`, else from the workbook's register sheet.
 */
export function analyse(
  snapshot: WorkbookSnapshot,
  mapping: MappingDocument,
  options: { config?: RuleConfig; lang?: Lang; register?: ParentRegister; keep?: KeepReport } = {}
): Analysis {
  const config = options.config ?? mapping.settings ?? {};
  const plan = buildPlan(snapshot, mapping);
  if (options.register) plan.register = options.register;
  const index = indexPlan(plan); // one index for the rules and the roll-ups
  const findings = runRules(plan, RULES, config, options.lang ?? "en", index, options.keep);
  let rollups: Rollups | undefined;
  return {
    plan,
    findings,
    counts: countFindings(findings),
    get rollups() {
      return (rollups ??= computeRollups(plan, config, index));
    },
  };
}
