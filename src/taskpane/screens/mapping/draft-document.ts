import {
  MAPPING_VERSION,
  type MappingDocument,
  type SheetMapping,
} from "../../../core/mapping/mapping-document";
import { headerCells } from "./header-cells";
import type { MappingDraft, SheetDraft } from "./mapping-draft";
import type { WizardSheet } from "./wizard-input";

function sheetMapping(sheet: WizardSheet, draft: SheetDraft): SheetMapping {
  const mapping: SheetMapping = { sheet: draft.sheet, headerRow: draft.headerRow, columns: {} };
  for (const cell of headerCells(sheet, draft)) {
    const reading = draft.readings[cell.col];
    if (!reading) continue;
    const ref = { column: cell.letter, ...(cell.header ? { header: cell.header } : {}) };
    if ("field" in reading) mapping.columns[reading.field] = ref;
    else (mapping.wide ??= []).push({ ...ref, ...reading.wide });
  }
  return mapping;
}

/** The mapping document the draft stands for, with the settings it keeps. */
export function mappingDocument(
  draft: MappingDraft,
  sheets: ReadonlyMap<string, WizardSheet>
): MappingDocument {
  const roles: MappingDocument["roles"] = {};
  for (const s of draft.sheets) {
    const sheet = sheets.get(s.sheet);
    if (s.role && sheet) roles[s.role] = sheetMapping(sheet, s);
  }
  return {
    version: MAPPING_VERSION,
    roles,
    ...(draft.settings ? { settings: draft.settings } : {}),
  };
}
