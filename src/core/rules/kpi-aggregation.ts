import type { Aggregation } from "../normalize/enums";
import type { Kpi } from "../model/plan";
import type { Settings } from "./settings";

/**
 * How a parent KPI's children combine: the parent's declared aggregation, else the configured one,
 * else by unit — rates and scores average, everything else (counts, tonnes, money) sums.
 */
export function aggregationOf(parent: Kpi, settings: Settings): Aggregation {
  if (parent.aggregation) return parent.aggregation;
  if (settings.kpiAggregation !== "auto") return settings.kpiAggregation;
  return parent.unitKey === "%" || parent.unitKey === "score" ? "average" : "sum";
}

export function aggregate(values: readonly number[], how: Aggregation): number {
  switch (how) {
    case "sum":
      return values.reduce((a, b) => a + b, 0);
    case "average":
      return values.reduce((a, b) => a + b, 0) / values.length;
    case "min":
      return Math.min(...values);
    case "max":
      return Math.max(...values);
  }
}
