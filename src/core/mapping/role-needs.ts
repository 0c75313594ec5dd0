import type { WideColumn } from "./mapping-document";
import type { Role } from "./roles";

/** Something the engine needs of a role's sheet: a column of any one of `fields`, or wide columns of a measure. */
export interface RoleNeed {
  fields: readonly string[];
  wide?: readonly WideColumn["measure"][];
}

/**
 * What the engine needs of each role's sheet to read its rows: the rows' code and title, and the
 * link each level requires; KPI actuals their period and value (unless laid out wide, one column
 * per period); budget lines their initiative and an amount.
 */
export const ROLE_NEEDS: Readonly<Record<Role, readonly RoleNeed[]>> = {
  policy: [{ fields: ["id"] }, { fields: ["title"] }],
  goal: [{ fields: ["id"] }, { fields: ["title"] }],
  initiative: [{ fields: ["id"] }, { fields: ["title"] }, { fields: ["goal"] }],
  kpi: [{ fields: ["id"] }, { fields: ["name"] }, { fields: ["goal", "initiative"] }],
  "kpi-actuals": [
    { fields: ["kpi"] },
    { fields: ["period"], wide: ["actual"] },
    { fields: ["value"], wide: ["actual"] },
  ],
  budget: [
    { fields: ["initiative"] },
    { fields: ["approved", "spent"], wide: ["approved", "spent"] },
  ],
};

/** The needs a sheet leaves unmet, given which fields and wide measures it has a column for. */
export function unmetNeeds(
  role: Role,
  hasField: (field: string) => boolean,
  hasWide: (measure: WideColumn["measure"]) => boolean
): RoleNeed[] {
  return ROLE_NEEDS[role].filter(
    (need) => !need.fields.some(hasField) && !need.wide?.some(hasWide)
  );
}
