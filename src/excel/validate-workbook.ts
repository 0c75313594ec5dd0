import { analyse } from "../core/analyse";
import type { Finding, FindingCounts } from "../core/findings";
import type { Lang } from "../core/i18n";
import { highlightFindings, type HighlightOutcome } from "./highlight";
import { readPlan, type PlanRead } from "./read-plan";
import { writeReport } from "./write-report";

export type ValidateOutcome =
  | {
      kind: "validated";
      findings: Finding[];
      counts: FindingCounts;
      source: "workbook" | "detected";
      uncertain: boolean;
      reportSheet: string;
      /** What was marked, when highlighting was asked for. */
      highlight?: HighlightOutcome;
    }
  | Exclude<PlanRead, { kind: "read" }>;

export interface ValidateOptions {
  lang: Lang;
  /** Optional features the caller's Excel has (requirements.ts). */
  mergedAreas: boolean;
  readingOrder: boolean;
  /** Also mark the offending cells (highlight.ts); `rangeAreas` is ExcelApi 1.9. */
  highlight?: { rangeAreas: boolean };
  now?: Date;
  /** Stops the plan's read between chunks; its progress. */
  signal?: AbortSignal;
  onProgress?: (read: number, total: number) => void;
}

/**
 * Validate, as the ribbon runs it without the pane: the plan read (read-plan.ts), every rule run,
 * the report sheet written. Four syncs besides the read's chunks, whatever the plan's size;
 * highlighting adds four.
 */
export async function validateWorkbook(
  context: Excel.RequestContext,
  options: ValidateOptions
): Promise<ValidateOutcome> {
  const read = await readPlan(context, options);
  if (read.kind !== "read") return read;
  const analysis = analyse(read.snapshot, read.mapping, { lang: options.lang });
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
    findings: analysis.findings,
    counts: analysis.counts,
    source: read.source,
    uncertain: read.uncertain,
    reportSheet,
    ...(highlight && { highlight }),
  };
}
