import type { MappingDocument, SheetMapping } from "../../../core/mapping/mapping-document";
import { unmetNeeds, type RoleNeed } from "../../../core/mapping/role-needs";
import { ROLES, type Role } from "../../../core/mapping/roles";

/** What the wizard names as missing. */
export type MappingGap =
  /** The role's sheet has no column for a need: any one of `fields` would do. */
  | { kind: "field"; role: Role; sheet: string; fields: readonly string[] }
  /** The stored mapping reads the role from a sheet the workbook no longer has. */
  | { kind: "sheetGone"; role: Role; sheet: string }
  | { kind: "nothingMapped" };

function unmet(role: Role, mapping: SheetMapping): RoleNeed[] {
  const measures = new Set(mapping.wide?.map((w) => w.measure));
  return unmetNeeds(
    role,
    (f) => mapping.columns[f] !== undefined,
    (m) => measures.has(m)
  );
}

/**
 * Everything the engine needs that the mapping lacks, role by role; `stored` is the mapping that
 * was stored, whose roles on sheets no longer in the workbook are named until given another sheet.
 */
export function mappingGaps(
  mapping: MappingDocument,
  sheets: ReadonlySet<string>,
  stored?: MappingDocument
): MappingGap[] {
  const gaps: MappingGap[] = [];
  for (const role of ROLES) {
    const own = mapping.roles[role];
    const before = stored?.roles[role];
    if (own)
      gaps.push(
        ...unmet(role, own).map((n) => ({
          kind: "field" as const,
          role,
          sheet: own.sheet,
          fields: n.fields,
        }))
      );
    else if (before && !sheets.has(before.sheet))
      gaps.push({ kind: "sheetGone", role, sheet: before.sheet });
  }
  if (Object.keys(mapping.roles).length === 0) gaps.push({ kind: "nothingMapped" });
  return gaps;
}
