import { analyse } from "../core/analyse";
import type { FindingCounts } from "../core/findings";
import { LANGS, type Lang } from "../core/i18n";
import { detectMapping } from "../core/mapping/detect";
import type { MappingDocument } from "../core/mapping/mapping-document";
import { reportLabel } from "../core/report/report-labels";
import { loadStoredMapping, type StoredMappingState } from "./mapping-store";
import { readSnapshot } from "./read-snapshot";
import { writeReport } from "./write-report";

export type ValidateOutcome =
  | {
      kind: "validated";
      counts: FindingCounts;
      /** Where the mapping came from: stored in the workbook, or detected just now. */
      source: "workbook" | "detected";
      /** Detection was unsure: a person should confirm the mapping in the pane. */
      uncertain: boolean;
      reportSheet: string;
    }
  /** The stored mapping cannot be used (damaged, newer, several parts): nothing was checked. */
  | { kind: "mapping-unusable"; stored: Exclude<StoredMappingState, { kind: "ok" | "none" }> }
  /** Detection found no plan sheet and nothing is stored. */
  | { kind: "nothing-mapped" };

export interface ValidateOptions {
  lang: Lang;
  /** Optional features the caller's Excel has (requirements.ts). */
  mergedAreas: boolean;
  readingOrder: boolean;
  now?: Date;
}

/**
 * Validate, as the ribbon runs it without the pane: the stored mapping (else detection on the whole
 * workbook, as the CLI detects), the mapped sheets read, every rule run, the report sheet written.
 */
export async function validateWorkbook(
  context: Excel.RequestContext,
  options: ValidateOptions
): Promise<ValidateOutcome> {
  const stored = await loadStoredMapping(context);
  if (stored.kind !== "ok" && stored.kind !== "none") return { kind: "mapping-unusable", stored };

  let mapping: MappingDocument;
  let uncertain = false;
  let snapshot;
  if (stored.kind === "ok") {
    mapping = stored.mapping;
    const only = Object.values(mapping.roles).flatMap((sheet) => (sheet ? [sheet.sheet] : []));
    snapshot = await readSnapshot(context, { only, mergedAreas: options.mergedAreas });
  } else {
    // The whole workbook, as the CLI detects on it; Rahbord's own report sheet is no plan sheet.
    const skip = LANGS.map((lang) => reportLabel("reportSheet", lang));
    snapshot = await readSnapshot(context, { skip, mergedAreas: options.mergedAreas });
    const detection = detectMapping(snapshot);
    if (Object.keys(detection.mapping.roles).length === 0) return { kind: "nothing-mapped" };
    mapping = detection.mapping;
    uncertain = detection.uncertain;
  }

  const analysis = analyse(snapshot, mapping, { lang: options.lang });
  const reportSheet = await writeReport(context, {
    findings: analysis.findings,
    counts: analysis.counts,
    lang: options.lang,
    checkedAt: options.now ?? new Date(),
    readingOrder: options.readingOrder,
  });
  return {
    kind: "validated",
    counts: analysis.counts,
    source: stored.kind === "ok" ? "workbook" : "detected",
    uncertain,
    reportSheet,
  };
}
