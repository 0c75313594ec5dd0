import { analyse } from "../core/analyse";
import type { FindingCounts } from "../core/findings";
import type { Lang } from "../core/i18n";
import { detectMapping } from "../core/mapping/detect";
import type { MappingDocument } from "../core/mapping/mapping-document";
import { REPORT_SHEET_NAMES } from "../core/report/report-labels";
import { highlightFindings, type HighlightOutcome } from "./highlight";
import { queueStoredMapping, type StoredMappingState } from "./mapping-store";
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
      /** What was marked, when highlighting was asked for. */
      highlight?: HighlightOutcome;
    }
  /** The stored mapping cannot be used (damaged, newer, several parts): nothing was checked. */
  | { kind: "mapping-unusable"; stored: Exclude<StoredMappingState, { kind: "ok" | "none" }> }
  /** Detection found no plan sheet and nothing is stored. */
  | { kind: "nothing-mapped" };

/** The sheets to read in full: a stored mapping's, all for detection, none when it is unusable. */
function mappedSheets(stored: StoredMappingState): readonly string[] | undefined {
  if (stored.kind === "none") return undefined;
  if (stored.kind !== "ok") return [];
  return Object.values(stored.mapping.roles).flatMap((sheet) => (sheet ? [sheet.sheet] : []));
}

export interface ValidateOptions {
  lang: Lang;
  /** Optional features the caller's Excel has (requirements.ts). */
  mergedAreas: boolean;
  readingOrder: boolean;
  /** Also mark the offending cells (highlight.ts); `rangeAreas` is ExcelApi 1.9. */
  highlight?: { rangeAreas: boolean };
  now?: Date;
}

/**
 * Validate, as the ribbon runs it without the pane: the stored mapping (else detection on the whole
 * workbook, as the CLI detects), the mapped sheets read, every rule run, the report sheet written.
 * Four syncs besides the read's chunks, whatever the plan's size; highlighting adds four.
 */
export async function validateWorkbook(
  context: Excel.RequestContext,
  options: ValidateOptions
): Promise<ValidateOutcome> {
  // The stored mapping is read in the syncs that read the sheets: only its mapped sheets are then
  // read in full; without one, every sheet (Rahbord's report aside), for detection as the CLI does.
  const storedParts = queueStoredMapping(context);
  const snapshot = await readSnapshot(context, {
    skip: REPORT_SHEET_NAMES,
    mergedAreas: options.mergedAreas,
    beforeSecondSync: () => void storedParts.queueXml(),
    only: () => mappedSheets(storedParts.state()),
  });
  const state = storedParts.state();
  if (state.kind !== "ok" && state.kind !== "none")
    return { kind: "mapping-unusable", stored: state };

  let mapping: MappingDocument;
  let uncertain = false;
  if (state.kind === "ok") mapping = state.mapping;
  else {
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
  const highlight =
    options.highlight && (await highlightFindings(context, analysis.findings, options.highlight));
  return {
    kind: "validated",
    counts: analysis.counts,
    source: state.kind === "ok" ? "workbook" : "detected",
    uncertain,
    reportSheet,
    ...(highlight && { highlight }),
  };
}
