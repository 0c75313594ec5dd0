import { createContext, useContext } from "react";
import type { ValidateOutcome } from "../excel/validate-workbook";

/** The pane's last validation: what Home summarises and Findings lists. */
export type LastValidation = Extract<ValidateOutcome, { kind: "validated" }> & { at: Date };

export interface PlanSession {
  validation?: LastValidation;
  setValidation(validation: LastValidation | undefined): void;
  /** Live mode: validate again whenever the user's sheets change. */
  live: boolean;
  setLive(on: boolean): void;
  /** Rahbord's highlights are on in the workbook (as last read or set): validations re-colour them. */
  highlighted?: boolean;
  setHighlighted(on: boolean): void;
}

export const PlanContext = createContext<PlanSession>({
  setValidation: () => undefined,
  live: false,
  setLive: () => undefined,
  setHighlighted: () => undefined,
});

export const usePlan = () => useContext(PlanContext);
