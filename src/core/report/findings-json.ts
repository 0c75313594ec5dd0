import { countFindings, type Finding } from "../findings";

/** A finding as the CLI's `--format json` writes it (docs/cli.md): `id` is null when there is none. */
export function findingJson(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row,
    entity: f.entity,
    id: f.id ?? null,
    ...(f.district ? { district: f.district } : {}),
    ...(f.related ? { related: f.related } : {}),
  };
}

/** The pane's JSON export: the CLI report's `findings` and `summary`, and when the plan was checked. */
export function findingsJson(findings: readonly Finding[], checkedAt: Date) {
  return {
    checkedAt: checkedAt.toISOString(),
    findings: findings.map(findingJson),
    summary: countFindings(findings),
  };
}
