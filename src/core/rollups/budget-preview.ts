import type { Finding } from "../findings";
import type { Lang } from "../i18n";
import type { MappingDocument } from "../mapping/mapping-document";
import { buildPlan } from "../model/build-plan";
import { indexPlan } from "../rules/plan-index";
import { runRules } from "../rules/run-rules";
import { unknownReference } from "../rules/unknown-reference";
import { unlinkedBudgetLine } from "../rules/unlinked-budget-line";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import { computeRollups, type InitiativeRollup, type Money } from "./compute-rollups";

/** The rules that find budget lines linking to no initiative: no code, or a code the plan lacks. */
const LINK_RULES = [unlinkedBudgetLine, unknownReference];

export interface BudgetPreview {
  /** Whether the initiatives were read: without them nothing rolls up by initiative. */
  initiativesMapped: boolean;
  /** Each initiative with its budget (cost lines), in plan order. */
  initiatives: InitiativeRollup[];
  /** Every cost line's amounts, linked or not. */
  total: Money;
  /** How many budget lines were read (one per year and source that a wide row fills). */
  lines: number;
  /** Lines that name no initiative, or a code no initiative has, in reading order. */
  unlinked: Finding[];
}

/**
 * What the engine makes of the budget under a mapping: its roll-up by initiative and the lines
 * that link to nothing (at their rules' default severities, whatever the settings say).
 */
export function budgetPreview(
  snapshot: WorkbookSnapshot,
  mapping: MappingDocument,
  lang: Lang
): BudgetPreview {
  const plan = buildPlan(snapshot, mapping);
  const index = indexPlan(plan);
  const rollups = computeRollups(plan, mapping.settings, index);
  return {
    initiativesMapped: plan.mapped.has("initiative"),
    initiatives: rollups.initiatives,
    total: rollups.budget.total,
    lines: plan.budget.length,
    unlinked: runRules(plan, LINK_RULES, {}, lang, index).filter((f) => f.entity === "budget"),
  };
}
