import type { RuleConfig } from "../../../core/config";
import type { MappingDocument } from "../../../core/mapping/mapping-document";
import type { Role } from "../../../core/mapping/roles";
import { resolveColumns } from "../../../core/model/sheet-grid";
import { wideReading, type Reading } from "./readings";
import type { WizardInput } from "./wizard-input";

/** What the wizard shows of one sheet: its role, header row, and what each column holds. */
export interface SheetDraft {
  sheet: string;
  role?: Role;
  /** Worksheet row (1-based) of the header. */
  headerRow: number;
  /** Column number → what it holds; a column absent is not read. */
  readings: Readonly<Record<number, Reading>>;
}

/** The mapping being edited: every plan sheet in workbook order, and the settings to keep. */
export interface MappingDraft {
  sheets: readonly SheetDraft[];
  settings?: RuleConfig;
}

/** Which role a mapping gives a sheet, and how. */
function roleOf(mapping: MappingDocument, sheet: string) {
  for (const [role, sheetMapping] of Object.entries(mapping.roles))
    if (sheetMapping?.sheet === sheet) return { role: role as Role, sheetMapping };
  return undefined;
}

/**
 * A mapping (detected or stored) as a draft: each column where the engine finds it now (a moved
 * column is followed by its header); sheets it leaves out keep detection's header row.
 */
export function draftOf(input: WizardInput, mapping: MappingDocument): MappingDraft {
  const sheets = [...input.sheets].map(([sheet, { grid, detected }]): SheetDraft => {
    const held = roleOf(mapping, sheet);
    if (!held)
      return { sheet, headerRow: detected.headerRow ?? grid.sheet.origin.row, readings: {} };
    const { columns, wide } = resolveColumns(grid, held.sheetMapping);
    const readings: Record<number, Reading> = {};
    for (const [field, col] of Object.entries(columns)) readings[col] = { field };
    for (const w of wide) readings[w.col] = { wide: wideReading(w) };
    return { sheet, role: held.role, headerRow: held.sheetMapping.headerRow, readings };
  });
  return { sheets, ...(mapping.settings ? { settings: mapping.settings } : {}) };
}

/** A sheet's draft, when there is a draft. */
export const sheetOf = (draft: MappingDraft | undefined, sheet: string) =>
  draft?.sheets.find((s) => s.sheet === sheet);
