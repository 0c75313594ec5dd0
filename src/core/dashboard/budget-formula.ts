import type { BudgetLine, Plan } from "../model/plan";
import { formulaOf, sumIfs, type Condition } from "./formula-parts";
import { rowSpan, spellings, type CellReader } from "./plan-cells";

/**
 * Budget sums as formulas over the budget sheet: each amount column (one, or one per year and
 * source in a wide budget) summed where the given lines' conditions hold, revenue lines left out by
 * their kind's words. None when a line's amount is text the engine parsed (SUMIFS would skip it) or
 * there are no such lines. The budget's span and revenue words are found once, for every figure.
 */
export function budgetFormulas({ plan, read }: { plan: Plan; read: CellReader }) {
  const span = rowSpan(plan.budget);
  const kind = plan.budget.find((l) => l.columns.kind !== undefined)?.columns.kind;
  const revenue = plan.budget.filter((l) => l.kind === "revenue");
  const not: Condition[] =
    span && kind !== undefined
      ? [{ range: span.range(kind), not: spellings(read, revenue, "kind") }]
      : [];
  return (
    measure: "approved" | "spent",
    lines: readonly BudgetLine[],
    extra: (span: NonNullable<ReturnType<typeof rowSpan>>) => Condition[]
  ): string | undefined => {
    if (!span || !lines.length) return undefined;
    const columns = [...new Set(lines.flatMap((l) => l.columns[measure] ?? []))];
    const amountsReadable = lines.every((l) => {
      const c = l.columns[measure];
      const raw = c === undefined ? null : read(l.sheet, l.row, c);
      return raw === null || typeof raw === "number";
    });
    if (!columns.length || !amountsReadable) return undefined;
    return formulaOf(columns.map((c) => sumIfs(span.range(c), [...extra(span), ...not])));
  };
}
