import type { BudgetSheet } from "../../../core/mapping/budget-columns";
import type { MappingDocument, SheetMapping } from "../../../core/mapping/mapping-document";
import type { WorkbookSnapshot } from "../../../core/snapshot/workbook-snapshot";
import type { StoredMappingState } from "../../../excel/mapping-store";
import { wizardInput } from "../mapping/wizard-input";

/** What the budget screen starts from: the plan sheets' header areas, detection, and what is stored. */
export interface BudgetInput {
  /** The plan sheets in workbook order (Rahbord's own sheets left out). */
  sheets: ReadonlyMap<string, BudgetSheet>;
  stored: StoredMappingState;
  /** The mapping the budget part is saved into: the stored one when usable, else detection's. */
  base: MappingDocument;
  /** The budget role to start from: the stored one, else detection's. */
  budget?: SheetMapping;
  /** Detection's budget role, for a sheet the stored mapping does not read. */
  detected?: SheetMapping;
}

/** Detection over the header areas read (as the mapping wizard runs it), beside the stored mapping. */
export function budgetInput(snapshot: WorkbookSnapshot, stored: StoredMappingState): BudgetInput {
  const { sheets, detection } = wizardInput(snapshot, stored);
  const storedMapping = stored.kind === "ok" ? stored.mapping : undefined;
  const detected = detection.mapping.roles.budget;
  return {
    sheets,
    stored,
    base: storedMapping ?? detection.mapping,
    budget: storedMapping?.roles.budget ?? detected,
    detected,
  };
}

/** The role that reads a sheet as the budget: the starting one, else detection's, else none. */
export const budgetRoleFor = (input: BudgetInput, sheet: string) =>
  [input.budget, input.detected].find((role) => role?.sheet === sheet);

/** The sheets the preview reads in full: the budget sheet and the initiatives sheet it links to. */
export function previewSheets(input: BudgetInput, budgetSheet: string): string[] {
  const initiatives = input.base.roles.initiative?.sheet;
  return initiatives && initiatives !== budgetSheet && input.sheets.has(initiatives)
    ? [budgetSheet, initiatives]
    : [budgetSheet];
}
