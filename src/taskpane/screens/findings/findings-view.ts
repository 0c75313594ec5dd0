import { SEVERITIES, type Severity } from "../../../core/config";
import type { Finding } from "../../../core/findings";
import type { Lang } from "../../../core/i18n";
import { canonicalWords } from "../../../core/normalize/text";
import { RULES } from "../../../core/rules/catalogue";

export type GroupBy = "severity" | "rule" | "sheet" | "district";
const GROUP_BYS: readonly GroupBy[] = ["severity", "rule", "sheet", "district"];

/** The groupings that tell findings apart: by district only when some finding has one. */
export const groupings = (findings: readonly Finding[]): GroupBy[] =>
  findings.some((f) => f.district) ? [...GROUP_BYS] : GROUP_BYS.filter((by) => by !== "district");

/** A row of the list: a group's heading, or a finding by its position in the validation's findings. */
export type ListRow =
  { kind: "group"; by: GroupBy; name: string; count: number } | { kind: "finding"; index: number };

export interface FindingsFilter {
  severities: ReadonlySet<Severity>;
  query: string;
}

const RULE_ORDER = new Map(RULES.map(({ meta }, i) => [meta.id, i]));
const RULE_DESCRIPTIONS = new Map(RULES.map(({ meta }) => [meta.id, meta.description]));

/** Why a rule exists, in the reader's language (the rule's own metadata). */
export const ruleExplanation = (rule: string, lang: Lang): string | undefined =>
  RULE_DESCRIPTIONS.get(rule)?.[lang];

/**
 * What search looks in — message, rule, code, sheet and cell — in the form codes and words are
 * compared in: Persian and Latin digits alike, Arabic letter forms as Persian, Latin lower-cased.
 */
export const searchKey = (f: Finding): string =>
  canonicalWords([f.message, f.rule, f.id ?? "", `${f.sheet}!${f.cell}`].join(" "));

/** The positions of the findings the filter lets through: every word of the query must appear. */
export function filterFindings(
  findings: readonly Finding[],
  keys: readonly string[],
  filter: FindingsFilter
): number[] {
  const words = canonicalWords(filter.query).split(" ").filter(Boolean);
  const shown: number[] = [];
  findings.forEach((f, i) => {
    if (filter.severities.has(f.severity) && words.every((w) => keys[i].includes(w))) shown.push(i);
  });
  return shown;
}

const GROUP_OF: Readonly<Record<GroupBy, (f: Finding) => string>> = {
  severity: (f) => f.severity,
  rule: (f) => f.rule,
  sheet: (f) => f.sheet,
  district: (f) => f.district ?? "",
};

/** Groups in order: most severe first, rules in the catalogue's order, sheets in reading order. */
const GROUP_RANK: Readonly<Record<GroupBy, ((name: string) => number) | undefined>> = {
  severity: (name) => SEVERITIES.indexOf(name as Severity),
  rule: (name) => RULE_ORDER.get(name) ?? RULES.length,
  sheet: undefined,
  // The higher-level plan's own rows (no district) after the districts, which keep reading order.
  district: (name) => (name === "" ? 1 : 0),
};

/** The list's rows: each group's heading, then its findings in reading order. */
export function groupRows(
  findings: readonly Finding[],
  shown: readonly number[],
  by: GroupBy
): ListRow[] {
  const groups = new Map<string, number[]>();
  for (const index of shown) {
    const name = GROUP_OF[by](findings[index]);
    const members = groups.get(name);
    if (members) members.push(index);
    else groups.set(name, [index]);
  }
  const rank = GROUP_RANK[by];
  const names = [...groups.keys()];
  if (rank) names.sort((a, b) => rank(a) - rank(b));
  return names.flatMap((name) => {
    const members = groups.get(name)!;
    const heading: ListRow = { kind: "group", by, name, count: members.length };
    return [heading, ...members.map((index): ListRow => ({ kind: "finding", index }))];
  });
}
