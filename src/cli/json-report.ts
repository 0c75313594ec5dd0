import { basename } from "node:path";
import type { Analysis } from "../core/analyse";
import type { ResolvedMapping } from "./resolve-mapping";

/** The documented, stable JSON of `rahbord validate --format json` (docs/cli.md). */
export function jsonReport(file: string, mapping: ResolvedMapping, analysis: Analysis) {
  return {
    file: basename(file),
    mapping: {
      source: mapping.source,
      ...(mapping.path !== undefined ? { path: mapping.path } : {}),
      ...(mapping.detection ? { detection: mapping.detection } : {}),
      document: mapping.document,
    },
    findings: analysis.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      sheet: f.sheet,
      cell: f.cell,
      row: f.row,
      entity: f.entity,
      id: f.id ?? null,
      ...(f.related ? { related: f.related } : {}),
    })),
    summary: analysis.counts,
    rollups: analysis.rollups,
  };
}
