import type { RuleConfig, Severity } from "../config";
import type { Finding } from "../findings";
import { defaultDisplayPrefs, fillPlaceholders, formatNumber, type Lang } from "../i18n";
import { ROLES } from "../mapping/roles";
import type { Origin, Plan } from "../model/plan";
import { cellAddress } from "../snapshot/address";
import { indexPlan, type PlanIndex } from "./plan-index";
import type { PlanCell, Rule } from "./rule";
import { resolveSettings } from "./settings";

/** The worksheet column a report points at: its explicit column, its field's, else the row's code. */
function columnOf(cell: PlanCell): number {
  const columns = cell.origin.columns;
  return (
    cell.column ??
    (cell.field === undefined ? undefined : columns[cell.field]) ??
    columns.id ??
    Math.min(...Object.values(columns))
  );
}

/** Findings in reading order: by the role order of their sheets, then row, column and rule. */
function sortFindings(found: { finding: Finding; column: number }[], plan: Plan): Finding[] {
  const rank = new Map<string, number>();
  const lists = [plan.policies, plan.goals, plan.initiatives, plan.kpis, plan.actuals, plan.budget];
  lists.forEach((list, i) => list[0] && !rank.has(list[0].sheet) && rank.set(list[0].sheet, i));
  const rankOf = (sheet: string) => rank.get(sheet) ?? ROLES.length;
  return found
    .sort(
      ({ finding: a, column: ca }, { finding: b, column: cb }) =>
        rankOf(a.sheet) - rankOf(b.sheet) ||
        a.sheet.localeCompare(b.sheet) ||
        a.row - b.row ||
        ca - cb ||
        a.rule.localeCompare(b.rule)
    )
    .map((f) => f.finding);
}

/** Which of a rule's reports to keep, by the rule and the reported row; every one when not given. */
export type KeepReport = (rule: string, origin: Origin) => boolean;

/** Runs every rule that is not off, at its configured severity, and returns the findings in reading order. */
export function runRules(
  plan: Plan,
  rules: readonly Rule[],
  config: RuleConfig = {},
  lang: Lang = "en",
  index: PlanIndex = indexPlan(plan),
  keep?: KeepReport
): Finding[] {
  const settings = resolveSettings(config);
  const prefs = defaultDisplayPrefs(lang);
  const number = (n: number) => formatNumber(n, prefs, { maximumFractionDigits: 2 });
  const found: { finding: Finding; column: number }[] = [];
  // A wide row is one entity per year or quarter it fills, all sharing the row's cells: the same
  // finding on the same cell is kept once.
  const seen = new Set<string>();
  for (const rule of rules) {
    const configured = config.rules?.[rule.meta.id];
    if (configured === "off") continue;
    const severity: Severity = configured ?? rule.meta.defaultSeverity;
    rule.check({
      plan,
      index,
      settings,
      lang,
      report(report) {
        if (keep && !keep(rule.meta.id, report.origin)) return;
        const row = report.origin.row;
        const column = columnOf(report);
        const entity = report.entity ?? rule.meta.entity;
        const { district } = report.origin as { district?: string };
        if (entity === "any") throw new Error(`${rule.meta.id} reported a row without its entity`);
        const finding: Finding = {
          rule: rule.meta.id,
          severity,
          message: fillPlaceholders(rule.meta.messages[lang], report.params, number),
          sheet: report.origin.sheet,
          cell: cellAddress(row, column),
          row,
          entity,
          ...(report.id ? { id: report.id } : {}),
          ...(district ? { district } : {}),
          ...(report.related?.length
            ? {
                related: report.related.map((r) => ({
                  sheet: r.origin.sheet,
                  cell: cellAddress(r.origin.row, columnOf(r)),
                })),
              }
            : {}),
        };
        const key = `${finding.rule}\u0000${finding.sheet}\u0000${finding.cell}\u0000${finding.message}`;
        if (seen.has(key)) return;
        seen.add(key);
        found.push({ finding, column });
      },
    });
  }
  return sortFindings(found, plan);
}
