import type { Severity } from "./config";
import type { Role } from "./mapping/roles";

/** One thing the plan gets wrong, pointing at the cell to fix. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** In the requested language. */
  message: string;
  sheet: string;
  /** A1 address of the offending cell, in real worksheet coordinates. */
  cell: string;
  /** Worksheet row number. */
  row: number;
  entity: Role;
  /** The entity's code (or, for rows without one, the code they refer to). */
  id?: string;
  /** The district of the finding's row, in a plan holding several districts' (a district column). */
  district?: string;
  /** Other cells that explain the finding (the duplicate's first row, the parent's target, …). */
  related?: { sheet: string; cell: string }[];
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error") counts.errors++;
    else if (f.severity === "warning") counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
