import { dashboardSpec, type DashboardSpec } from "../core/dashboard/dashboard-spec";
import { defaultDisplayPrefs, formatDate, type Lang } from "../core/i18n";
import { buildPlan } from "../core/model/build-plan";
import { computeRollups } from "../core/rollups/compute-rollups";
import { indexPlan } from "../core/rules/plan-index";
import { readPlan, type PlanRead } from "./read-plan";
import { writeDashboard } from "./write-dashboard";

export type DashboardOutcome =
  | {
      kind: "built";
      sheet: string;
      charts: number;
      /** Figures written as live formulas, and as the engine's values of the build time. */
      live: number;
      asOf: number;
      source: "workbook" | "detected";
      uncertain: boolean;
    }
  | Exclude<PlanRead, { kind: "read" }>;

/** The dashboard of a plan read, built at `now`. */
export function dashboardOf(
  read: Extract<PlanRead, { kind: "read" }>,
  lang: Lang,
  now: Date
): DashboardSpec {
  const plan = buildPlan(read.snapshot, read.mapping);
  const index = indexPlan(plan);
  const rollups = computeRollups(plan, read.mapping.settings ?? {}, index);
  const builtAt = formatDate(now, defaultDisplayPrefs(lang), true);
  return dashboardSpec(read.snapshot, plan, index, rollups, lang, builtAt);
}

/**
 * Build dashboard: the plan read as validate reads it, its roll-ups computed, the dashboard sheet
 * written (write-dashboard.ts). Three syncs besides the read's, whatever the plan's size.
 */
export async function buildDashboard(
  context: Excel.RequestContext,
  options: {
    lang: Lang;
    mergedAreas: boolean;
    readingOrder: boolean;
    now?: Date;
    signal?: AbortSignal;
    onProgress?: (read: number, total: number) => void;
  }
): Promise<DashboardOutcome> {
  const read = await readPlan(context, options);
  if (read.kind !== "read") return read;
  const spec = dashboardOf(read, options.lang, options.now ?? new Date());
  await writeDashboard(context, spec, options);
  const figures = spec.tables.flatMap((t) => t.rows.flatMap((row) => row.slice(1)));
  const live = figures.filter((cell) => cell.formula).length;
  return {
    kind: "built",
    sheet: spec.sheetName,
    charts: spec.charts.length,
    live,
    asOf: figures.filter((cell) => !cell.formula && cell.value !== null).length,
    source: read.source,
    uncertain: read.uncertain,
  };
}
