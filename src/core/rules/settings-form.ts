import { DEFAULT_THRESHOLDS, type RuleConfig, type Severity } from "../config";
import { parseDate } from "../normalize/date";
import { RULES } from "./catalogue";

/** A rule's setting in the form: its default, another severity, or off. */
export type RuleChoice = "default" | Severity | "off";

/** The plan settings as a form edits them: percentages and the period's text as typed. */
export interface SettingsForm {
  rules: Record<string, RuleChoice>;
  onTrack: number;
  atRisk: number;
  periodStart: string;
  periodEnd: string;
}

export type SettingsProblem = "thresholds" | "periodStart" | "periodEnd" | "periodPartial";

export function formOf(config: RuleConfig = {}): SettingsForm {
  const thresholds = config.thresholds ?? DEFAULT_THRESHOLDS;
  return {
    rules: Object.fromEntries(
      RULES.map((r) => [r.meta.id, config.rules?.[r.meta.id] ?? "default"])
    ),
    onTrack: Math.round(thresholds.onTrack * 100),
    atRisk: Math.round(thresholds.atRisk * 100),
    periodStart: config.planPeriod?.start ?? "",
    periodEnd: config.planPeriod?.end ?? "",
  };
}

/** What is wrong with the form, field by field; none when it can be saved. */
export function formProblems(form: SettingsForm): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const { onTrack, atRisk, periodStart, periodEnd } = form;
  if (!(atRisk >= 0 && atRisk < onTrack && onTrack <= 100)) problems.push("thresholds");
  const start = periodStart.trim();
  const end = periodEnd.trim();
  if (Boolean(start) !== Boolean(end)) problems.push("periodPartial");
  if (start && parseDate(start, "start")?.kind !== "date") problems.push("periodStart");
  if (end && parseDate(end, "end")?.kind !== "date") problems.push("periodEnd");
  return problems;
}

/** The form back as rule settings, keeping what it does not edit (aggregation, tolerance). */
export function configOf(form: SettingsForm, previous: RuleConfig = {}): RuleConfig {
  const rules = Object.fromEntries(
    Object.entries(form.rules).filter(
      (entry): entry is [string, Severity | "off"] => entry[1] !== "default"
    )
  );
  const kept: RuleConfig = { ...previous };
  delete kept.rules;
  delete kept.planPeriod;
  delete kept.thresholds;
  const thresholds = { onTrack: form.onTrack / 100, atRisk: form.atRisk / 100 };
  const isDefault =
    thresholds.onTrack === DEFAULT_THRESHOLDS.onTrack &&
    thresholds.atRisk === DEFAULT_THRESHOLDS.atRisk;
  return {
    ...kept,
    ...(Object.keys(rules).length && { rules }),
    ...(!isDefault && { thresholds }),
    ...(form.periodStart.trim() && {
      planPeriod: { start: form.periodStart.trim(), end: form.periodEnd.trim() },
    }),
  };
}
