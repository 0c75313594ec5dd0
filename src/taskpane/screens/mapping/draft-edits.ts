import type { Role } from "../../../core/mapping/roles";
import type { MappingDraft, SheetDraft } from "./mapping-draft";
import { readingKey, type Reading } from "./readings";

function changeSheet(
  draft: MappingDraft,
  sheet: string,
  change: (s: SheetDraft) => SheetDraft
): MappingDraft {
  return { ...draft, sheets: draft.sheets.map((s) => (s.sheet === sheet ? change(s) : s)) };
}

/**
 * Gives a sheet a role, or none. A role is read from one sheet, so the sheet that held it is left
 * without one. The columns (and header row) start as the first of `origins` giving the sheet that
 * role has them, else as none read.
 */
export function withRole(
  draft: MappingDraft,
  sheet: string,
  role: Role | undefined,
  origins: readonly MappingDraft[]
): MappingDraft {
  const origin = origins
    .flatMap((o) => o.sheets)
    .find((o) => role !== undefined && o.sheet === sheet && o.role === role);
  return {
    ...draft,
    sheets: draft.sheets.map((s): SheetDraft => {
      if (s.sheet === sheet)
        return {
          ...s,
          role,
          headerRow: origin?.headerRow ?? s.headerRow,
          readings: origin?.readings ?? {},
        };
      return role !== undefined && s.role === role ? { ...s, role: undefined, readings: {} } : s;
    }),
  };
}

/** What a column holds, or nothing. A field is read from one column, so any other loses it. */
export function withReading(
  draft: MappingDraft,
  sheet: string,
  col: number,
  reading: Reading | undefined
): MappingDraft {
  return changeSheet(draft, sheet, (s) => {
    const key = reading && readingKey(reading);
    const readings = Object.fromEntries(
      Object.entries(s.readings).filter(([c, r]) => Number(c) !== col && readingKey(r) !== key)
    );
    return { ...s, readings: reading ? { ...readings, [col]: reading } : readings };
  });
}

/** The header row moves; each column keeps what it holds. */
export function withHeaderRow(draft: MappingDraft, sheet: string, headerRow: number): MappingDraft {
  return changeSheet(draft, sheet, (s) => ({ ...s, headerRow }));
}
