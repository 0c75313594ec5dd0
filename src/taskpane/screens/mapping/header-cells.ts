import { headerColumns, type HeaderColumn } from "../../../core/mapping/header-columns";
import type { SheetDraft } from "./mapping-draft";
import type { WizardSheet } from "./wizard-input";

/** The columns of a sheet's header row that have a header or are read. */
export const headerCells = (sheet: WizardSheet, draft: SheetDraft): HeaderColumn[] =>
  headerColumns(sheet, draft.headerRow, (col) => Boolean(draft.readings[col]));
