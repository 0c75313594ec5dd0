import { basename } from "node:path";
import type { Analysis } from "../core/analyse";
import { findingJson } from "../core/report/findings-json";
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
    findings: analysis.findings.map(findingJson),
    summary: analysis.counts,
    rollups: analysis.rollups,
  };
}
