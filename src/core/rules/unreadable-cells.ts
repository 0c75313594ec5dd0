import type { FieldIssue, Origin, Plan } from "../model/plan";

/**
 * The cells of the issues `accept` picks: cells written but unreadable, which the rules judging
 * values leave to not-a-number, invalid-date and invalid-enum rather than treat as missing or wrong.
 * The answer tells whether a row's cell of a field is one of them.
 */
export function unreadableCells(
  plan: Plan,
  accept: (issue: FieldIssue) => boolean
): (origin: Origin, field: string) => boolean {
  const cells = new Set<string>();
  for (const issue of plan.issues)
    if (accept(issue)) cells.add(`${issue.origin.sheet}|${issue.origin.row}|${issue.column}`);
  if (cells.size === 0) return () => false; // the common case, asked about every row
  return (origin, field) => {
    const column = origin.columns[field];
    return column !== undefined && cells.has(`${origin.sheet}|${origin.row}|${column}`);
  };
}
