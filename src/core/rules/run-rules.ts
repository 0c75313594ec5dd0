import type { RuleConfig, Severity } from "../config";
import type { Finding } from "../findings";
import { defaultDisplayPrefs, fillPlaceholders, formatNumber, type Lang } from "../i18n";
import { ROLES } from "../mapping/roles";
import type { Plan } from "../model/plan";
import { cellAddress } from "../snapshot/address";
import { indexPlan } from "./plan-index";
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
function sortFindings(findings: Finding[], plan: Plan): Finding[] {
  const rank = new Map<string, number>();
  const lists = [plan.policies, plan.goals, plan.initiatives, plan.kpis, plan.actuals, plan.budget];
  lists.forEach(
    (list, i) => list[0] && !rank.has(list[0].origin.sheet) && rank.set(list[0].origin.sheet, i)
  );
  const col = (f: Finding) => f.cell.replace(/\d+$/, "").padStart(3, " ");
  return findings.sort(
    (a, b) =>
      (rank.get(a.sheet) ?? ROLES.length) - (rank.get(b.sheet) ?? ROLES.length) ||
      a.sheet.localeCompare(b.sheet) ||
      a.row - b.row ||
      col(a).localeCompare(col(b)) ||
      a.rule.localeCompare(b.rule)
  );
}

/** Runs every rule that is not off, at its configured severity, and returns the findings in reading order. */
export function runRules(
  plan: Plan,
  rules: readonly Rule[],
  config: RuleConfig = {},
  lang: Lang = "en"
): Finding[] {
  const index = indexPlan(plan);
  const settings = resolveSettings(config);
  const prefs = defaultDisplayPrefs(lang);
  const number = (n: number) => formatNumber(n, prefs, { maximumFractionDigits: 2 });
  const findings: Finding[] = [];
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
        const row = report.origin.row;
        const entity = report.entity ?? rule.meta.entity;
        if (entity === "any") throw new Error(`${rule.meta.id} reported a row without its entity`);
        findings.push({
          rule: rule.meta.id,
          severity,
          message: fillPlaceholders(rule.meta.messages[lang], report.params, number),
          sheet: report.origin.sheet,
          cell: cellAddress(row, columnOf(report)),
          row,
          entity,
          ...(report.id ? { id: report.id } : {}),
          ...(report.related?.length
            ? {
                related: report.related.map((r) => ({
                  sheet: r.origin.sheet,
                  cell: cellAddress(r.origin.row, columnOf(r)),
                })),
              }
            : {}),
        });
      },
    });
  }
  return sortFindings(findings, plan);
}
