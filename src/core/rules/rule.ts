import type { Severity } from "../config";
import type { Lang, MessageParams } from "../i18n";
import type { Role } from "../mapping/roles";
import type { Origin, Plan } from "../model/plan";
import type { PlanIndex } from "./plan-index";
import type { Settings } from "./settings";

/** A rule's identity and words, like an ESLint rule's meta. */
export interface RuleMeta {
  id: string;
  /** The role whose rows the rule reports on; "any" when each report names its own. */
  entity: Role | "any";
  defaultSeverity: Severity;
  /** The finding's message; {placeholders} are filled from the report's params. */
  messages: Readonly<Record<Lang, string>>;
  /** Why the rule exists, shown behind "why" in the pane. */
  description: Readonly<Record<Lang, string>>;
}

/** A cell in the plan: the row's origin and the field (or an explicit column) on it. */
export interface PlanCell {
  origin: Origin;
  field?: string;
  column?: number;
}

export interface Report extends PlanCell {
  /** The reported row's role; required when the rule's meta.entity is "any". */
  entity?: Role;
  /** The entity's code, or for code-less rows the code they refer to. */
  id?: string;
  params?: MessageParams;
  related?: PlanCell[];
}

export interface RuleContext {
  plan: Plan;
  index: PlanIndex;
  settings: Settings;
  lang: Lang;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Documentation page of a rule, relative to the repository. */
export const ruleDocs = (id: string) => `docs/rules/${id}.md`;
