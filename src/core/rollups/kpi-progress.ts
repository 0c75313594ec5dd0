import type { Direction } from "../normalize/enums";
import { parsePeriod } from "../normalize/period";
import type { Kpi, KpiActual } from "../model/plan";

export type KpiStatus = "on-track" | "at-risk" | "off-track" | "no-data";

/** Within this share of its reference a "maintain" KPI counts as held. */
const MAINTAIN_BAND = 0.05;

/** The KPI's latest value: the last period of its actuals when there are any, else its own actual. */
export function latestActual(
  kpi: Kpi,
  actuals: readonly KpiActual[] | undefined
): { value: number; period?: string } | undefined {
  let best: { value: number; period?: string; at: number } | undefined;
  for (const a of actuals ?? []) {
    if (a.value === undefined) continue;
    const period = a.period === undefined ? undefined : parsePeriod(a.period);
    const at = period ? period.year * 12 + period.endMonth : -Infinity;
    if (!best || at >= best.at) best = { value: a.value, period: period?.key ?? a.period, at };
  }
  if (best) return { value: best.value, ...(best.period ? { period: best.period } : {}) };
  return kpi.actual === undefined ? undefined : { value: kpi.actual };
}

/** Direction as declared, else as the target implies (above the baseline: increase). */
export function directionOf(kpi: Kpi): Direction | undefined {
  if (kpi.direction) return kpi.direction;
  if (kpi.target === undefined || kpi.baseline === undefined) return undefined;
  return kpi.target > kpi.baseline
    ? "increase"
    : kpi.target < kpi.baseline
      ? "decrease"
      : "maintain";
}

/**
 * Progress towards the target, honouring direction: 0 at the baseline, 1 at the target (more is
 * overachievement). "Maintain" scores 1 within ±5 % of its target (or baseline), less the further off.
 */
export function kpiProgress(kpi: Kpi, actual: number | undefined): number | undefined {
  if (actual === undefined) return undefined;
  const direction = directionOf(kpi);
  const target = kpi.target;
  if (direction === "maintain") {
    const reference = target ?? kpi.baseline;
    if (reference === undefined) return undefined;
    const off = Math.abs(actual - reference) / Math.max(Math.abs(reference), 1e-9);
    return off <= MAINTAIN_BAND ? 1 : Math.max(0, 1 - off);
  }
  if (target === undefined || direction === undefined) return undefined;
  const baseline = kpi.baseline;
  const better = direction === "increase" ? actual - (baseline ?? 0) : (baseline ?? 0) - actual;
  const needed = direction === "increase" ? target - (baseline ?? 0) : (baseline ?? 0) - target;
  if (baseline === undefined || needed <= 0) {
    // No room between baseline and target: reaching the target is all there is.
    const reached = direction === "increase" ? actual >= target : actual <= target;
    return reached
      ? 1
      : baseline === undefined
        ? Math.max(0, direction === "increase" ? actual / target : target / actual)
        : 0;
  }
  return Math.max(0, better / needed);
}

export function statusOf(
  progress: number | undefined,
  thresholds: { onTrack: number; atRisk: number }
): KpiStatus {
  if (progress === undefined || Number.isNaN(progress)) return "no-data";
  if (progress >= thresholds.onTrack) return "on-track";
  if (progress >= thresholds.atRisk) return "at-risk";
  return "off-track";
}
