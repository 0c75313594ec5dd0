import { budgetOutsideDates } from "./budget-outside-dates";
import { budgetOverCeiling } from "./budget-over-ceiling";
import { cascadeSumMismatch } from "./cascade-sum-mismatch";
import { dateOrder } from "./date-order";
import { directionMismatch } from "./direction-mismatch";
import { duplicateId } from "./duplicate-id";
import { goalWithoutInitiatives } from "./goal-without-initiatives";
import { goalWithoutKpis } from "./goal-without-kpis";
import { initiativeWithoutBudget } from "./initiative-without-budget";
import { initiativeWithoutKpis } from "./initiative-without-kpis";
import { invalidDate } from "./invalid-date";
import { invalidEnum } from "./invalid-enum";
import { kpiIncomplete } from "./kpi-incomplete";
import { missingRequired } from "./missing-required";
import { notANumber } from "./not-a-number";
import { outsidePlanPeriod } from "./outside-plan-period";
import { referenceCycle } from "./reference-cycle";
import { shadowedParentCode } from "./shadowed-parent-code";
import { spendOverBudget } from "./spend-over-budget";
import { targetAgainstDirection } from "./target-against-direction";
import { targetBelowPolicy } from "./target-below-policy";
import { unalignedGoal } from "./unaligned-goal";
import { uncoveredParentGoal } from "./uncovered-parent-goal";
import { uncoveredPolicy } from "./uncovered-policy";
import { unitMismatch } from "./unit-mismatch";
import { unknownReference } from "./unknown-reference";
import { unlinkedBudgetLine } from "./unlinked-budget-line";
import { weightsNot100 } from "./weights-not-100";
import type { Rule } from "./rule";

/** Every rule, in the order their findings are listed when they tie. */
export const RULES: readonly Rule[] = [
  duplicateId,
  missingRequired,
  unknownReference,
  referenceCycle,
  shadowedParentCode,
  unalignedGoal,
  uncoveredPolicy,
  uncoveredParentGoal,
  goalWithoutInitiatives,
  goalWithoutKpis,
  initiativeWithoutKpis,
  initiativeWithoutBudget,
  unlinkedBudgetLine,
  invalidDate,
  dateOrder,
  outsidePlanPeriod,
  budgetOutsideDates,
  notANumber,
  invalidEnum,
  kpiIncomplete,
  targetAgainstDirection,
  targetBelowPolicy,
  unitMismatch,
  directionMismatch,
  cascadeSumMismatch,
  spendOverBudget,
  budgetOverCeiling,
  weightsNot100,
];
