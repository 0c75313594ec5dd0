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
}

export const PlanContext = createContext<PlanSession>({
  setValidation: () => undefined,
  live: false,
  setLive: () => undefined,
});

export const usePlan = () => useContext(PlanContext);
