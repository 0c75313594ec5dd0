import type { EnumTable } from "../normalize/enums";
import { AGGREGATIONS, DIRECTIONS, FREQUENCIES, LINE_KINDS, STATUSES } from "../normalize/enums";

/** What a sheet holds. */
export const ROLES = ["policy", "goal", "initiative", "kpi", "kpi-actuals", "budget"] as const;
export type Role = (typeof ROLES)[number];

export type FieldType =
  | "code" // the row's own code
  | "text"
  | "ref" // one code of another (or the same) role
  | "refs" // several codes separated by , ، ; or new lines
  | "date"
  | "number"
  | "enum"
  | "thresholds" // two numbers: on-track and at-risk progress
  | "year" // a fiscal (Jalali) or Gregorian year
  | "period"; // a year, quarter, half or month

export interface FieldDef {
  id: string;
  type: FieldType;
  /** Empty is a missing-required finding. */
  required?: boolean;
  /** For ref/refs: the role referred to. */
  refRole?: Role;
  /** For enum: the accepted words. */
  values?: EnumTable<string>;
  /** Date fields: which end of a partial date ("1402") the field means. */
  bound?: "start" | "end";
}

const f = (id: string, type: FieldType, extra: Partial<FieldDef> = {}): FieldDef => ({
  id,
  type,
  ...extra,
});

/** Every field of every role. Wide layouts add year or period columns beside these (see mapping). */
export const FIELDS = {
  policy: [
    f("id", "code", { required: true }),
    f("title", "text", { required: true }),
    f("pillar", "text"),
    f("parent", "ref", { refRole: "policy" }),
    f("level", "text"),
    f("legalBasis", "text"),
    f("budgetCeiling", "number"),
  ],
  goal: [
    f("id", "code", { required: true }),
    f("title", "text", { required: true }),
    f("policies", "refs", { refRole: "policy" }),
    f("parent", "ref", { refRole: "goal" }),
    f("owner", "text"),
    f("start", "date", { bound: "start" }),
    f("end", "date", { bound: "end" }),
    f("weight", "number"),
    f("budgetCeiling", "number"),
    f("district", "text"),
  ],
  initiative: [
    f("id", "code", { required: true }),
    f("title", "text", { required: true }),
    f("goal", "ref", { refRole: "goal", required: true }),
    f("owner", "text"),
    f("district", "text"),
    f("start", "date", { bound: "start" }),
    f("end", "date", { bound: "end" }),
    f("status", "enum", { values: STATUSES }),
    f("weight", "number"),
  ],
  kpi: [
    f("id", "code", { required: true }),
    f("name", "text", { required: true }),
    f("goal", "ref", { refRole: "goal" }),
    f("initiative", "ref", { refRole: "initiative" }),
    f("unit", "text"),
    f("direction", "enum", { values: DIRECTIONS }),
    f("baseline", "number"),
    f("target", "number"),
    f("actual", "number"),
    f("frequency", "enum", { values: FREQUENCIES }),
    f("thresholds", "thresholds"),
    f("parent", "ref", { refRole: "kpi" }),
    f("aggregation", "enum", { values: AGGREGATIONS }),
    f("district", "text"),
  ],
  "kpi-actuals": [
    f("kpi", "ref", { refRole: "kpi", required: true }),
    f("period", "period"),
    f("value", "number"),
  ],
  budget: [
    f("initiative", "ref", { refRole: "initiative" }),
    f("year", "year"),
    f("source", "text"),
    f("kind", "enum", { values: LINE_KINDS }),
    f("approved", "number"),
    f("spent", "number"),
  ],
} as const satisfies Record<Role, readonly FieldDef[]>;

export type FieldId<R extends Role> = (typeof FIELDS)[R][number]["id"];

export function fieldDef(role: Role, field: string): FieldDef | undefined {
  return (FIELDS[role] as readonly FieldDef[]).find((d) => d.id === field);
}
