import { SEVERITY_LABELS } from "../core/report/report-labels";
import { basename } from "node:path";
import { defaultDisplayPrefs, formatNumber, type Lang } from "../core/i18n";
import type { Analysis } from "../core/analyse";
import type { Finding } from "../core/findings";
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
  if (mapping.detection?.uncertain) {
    const doubted = mapping.detection.sheets.filter(isUnsure);
    const roles = doubted.map((s) => `${s.sheet} (${ROLE_LABELS[s.role][lang]})`).join(", ");
    lines.push(cliMessage(lang, "mapping.uncertain", { roles: roles || "—" }));
  }
  lines.push("");
  let sheet: string | undefined;
  for (const f of analysis.findings) {
    if (f.sheet !== sheet) {
      if (sheet !== undefined) lines.push("");
      lines.push((sheet = f.sheet));
    }
    lines.push(findingLine(f, lang));
  }
  if (analysis.findings.length === 0) lines.push(cliMessage(lang, "report.none"));
  lines.push("", cliMessage(lang, "report.summary", { ...analysis.counts }));
  return lines.join("\n");
}
