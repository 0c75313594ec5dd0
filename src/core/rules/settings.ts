import { DEFAULT_THRESHOLDS, DEFAULT_TOLERANCE, type RuleConfig } from "../config";
import type { Aggregation } from "../normalize/enums";
import { parseDate } from "../normalize/date";

/** The configuration with defaults applied and the plan period read as day numbers. */
export interface Settings {
  planPeriod?: { start: number; end: number };
  thresholds: { onTrack: number; atRisk: number };
  kpiAggregation: Aggregation | "auto";
  tolerance: number;
}

export function resolveSettings(config: RuleConfig = {}): Settings {
  const start = config.planPeriod && parseDate(config.planPeriod.start, "start");
  const end = config.planPeriod && parseDate(config.planPeriod.end, "end");
  return {
    planPeriod:
      start?.kind === "date" && end?.kind === "date"
        ? { start: start.day, end: end.day }
        : undefined,
    thresholds: config.thresholds ?? DEFAULT_THRESHOLDS,
    kpiAggregation: config.kpiAggregation ?? "auto",
    tolerance: config.tolerance ?? DEFAULT_TOLERANCE,
  };
}
