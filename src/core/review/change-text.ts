import type { ComparedEntity, PlanChange } from "../compare/plan-diff";
import type { Translator } from "../i18n";
import { changeLabel } from "./change-report";

/** The changes by entity, in planDiff's order, leaving out entities without any. */
export function groupChanges(
  changes: readonly PlanChange[]
): { entity: ComparedEntity; changes: PlanChange[] }[] {
  const groups = new Map<ComparedEntity, PlanChange[]>();
  for (const change of changes) {
    const group = groups.get(change.entity);
    if (group) group.push(change);
    else groups.set(change.entity, [change]);
  }
  return [...groups].map(([entity, list]) => ({ entity, changes: list }));
}

/**
 * One change in a line, for the pane and the terminal: "G1 — retitled: «Old» → «New»". `isolate`
 * wraps each title in a bidirectional isolate, so an English title in Persian text (or the
 * reverse) keeps its own direction: "+ Recycling" does not become "Recycling +".
 */
export function changeLine(
  change: PlanChange,
  i18n: Translator,
  { isolate = false }: { isolate?: boolean } = {}
): string {
  const text = (value: string) => (isolate ? `\u2068${value}\u2069` : value);
  const shown = (value: string | number | undefined) =>
    value === undefined ? "—" : typeof value === "number" ? i18n.number(value) : `«${text(value)}»`;
  const what = `${text(change.code)} — ${changeLabel(change.kind, i18n.prefs.lang)}`;
  if (change.kind === "added") return `${what}: ${shown(change.after)}`;
  if (change.kind === "removed") return `${what}: ${shown(change.before)}`;
  // Arrows are not mirrored in right-to-left text: Persian reads "before ← after" leftwards.
  const arrow = i18n.prefs.lang === "fa" ? "←" : "→";
  return `${what}: ${shown(change.before)} ${arrow} ${shown(change.after)}`;
}
