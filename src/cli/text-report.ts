import { SEVERITY_LABELS } from "../core/report/report-labels";
import { basename } from "node:path";
import { defaultDisplayPrefs, formatNumber, type Lang } from "../core/i18n";
import type { Analysis } from "../core/analyse";
import type { Finding, FindingCounts } from "../core/findings";
import { isUnsure } from "../core/mapping/detect";
import { ROLE_LABELS } from "../core/mapping/labels";
import { cliMessage } from "./cli-messages";
import type { ResolvedMapping } from "./resolve-mapping";

export function formatConfidence(confidence: number, lang: Lang): string {
  return formatNumber(confidence, defaultDisplayPrefs(lang), { style: "percent" });
}

/** Where the mapping came from, in a few words. */
export function mappingLine(mapping: ResolvedMapping, lang: Lang): string {
  if (mapping.source === "option")
    return cliMessage(lang, "mapping.option", { file: mapping.path ?? "" });
  if (mapping.source === "workbook") return cliMessage(lang, "mapping.workbook");
  const least = Math.min(...(mapping.detection?.sheets ?? []).map((s) => s.confidence));
  return cliMessage(lang, "mapping.detected", { confidence: formatConfidence(least, lang) });
}

function findingLine(f: Finding, lang: Lang): string {
  const severity = SEVERITY_LABELS[f.severity][lang];
  const what = f.id ? `${ROLE_LABELS[f.entity][lang]} ${f.id}` : ROLE_LABELS[f.entity][lang];
  return `  ${f.cell.padEnd(6)} ${severity.padEnd(8)} ${f.message}  [${f.rule}; ${what}]`;
}

/** When detection was unsure of some sheets: which, and what to do. */
export function uncertainLine(mapping: ResolvedMapping, lang: Lang): string | undefined {
  if (!mapping.detection?.uncertain) return undefined;
  const doubted = mapping.detection.sheets.filter(isUnsure);
  const roles = doubted.map((s) => `${s.sheet} (${ROLE_LABELS[s.role][lang]})`).join(", ");
  return cliMessage(lang, "mapping.uncertain", { roles: roles || "—" });
}

/** Findings grouped by sheet, in the engine's order (sheet, row, column), for a terminal. */
export function textReport(
  file: string,
  mapping: ResolvedMapping,
  analysis: Analysis,
  lang: Lang
): string {
  const lines = [
    cliMessage(lang, "report.heading", {
      file: basename(file),
      mapping: mappingLine(mapping, lang),
    }),
  ];
  const uncertain = uncertainLine(mapping, lang);
  if (uncertain) lines.push(uncertain);
  lines.push("", ...findingsLines(analysis.findings, analysis.counts, lang));
  return lines.join("\n");
}

/** Findings grouped by sheet (or "No findings."), a blank line, and the counts by severity. */
export function findingsLines(
  findings: readonly Finding[],
  counts: FindingCounts,
  lang: Lang
): string[] {
  const lines: string[] = [];
  let sheet: string | undefined;
  for (const f of findings) {
    if (f.sheet !== sheet) {
      if (sheet !== undefined) lines.push("");
      lines.push((sheet = f.sheet));
    }
    lines.push(findingLine(f, lang));
  }
  if (findings.length === 0) lines.push(cliMessage(lang, "report.none"));
  lines.push("", cliMessage(lang, "report.summary", { ...counts }));
  return lines;
}
