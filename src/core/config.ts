import type { Aggregation } from "./normalize/enums";

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Rule settings, stored with the mapping in the workbook (and given to the CLI with --config). */
export interface RuleConfig {
  /** Per rule: a severity instead of its default, or "off". */
  rules?: Record<string, Severity | "off">;
  /** The plan's period as dates or years ("1400", "1404/12/29", "2025-03-20"). */
  planPeriod?: { start: string; end: string };
  /** KPI progress at or above onTrack is on track; at or above atRisk, at risk; else off track. */
  thresholds?: { onTrack: number; atRisk: number };
  /** How child KPI targets combine into their parent's when the parent declares none. */
  kpiAggregation?: Aggregation | "auto";
  /** Relative difference tolerated when comparing sums and targets (0.005 = 0.5 %). */
  tolerance?: number;
}

export const DEFAULT_THRESHOLDS = { onTrack: 0.9, atRisk: 0.6 } as const;
export const DEFAULT_TOLERANCE = 0.005;
