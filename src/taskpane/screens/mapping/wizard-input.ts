import { detectMapping, type Detection, type SheetDetection } from "../../../core/mapping/detect";
import { SheetGrid } from "../../../core/model/sheet-grid";
import { RAHBORD_SHEET_NAMES } from "../../../core/report/rahbord-sheets";
import type { WorkbookSnapshot } from "../../../core/snapshot/workbook-snapshot";
import type { StoredMappingState } from "../../../excel/mapping-store";

/** A sheet as the wizard knows it: its header area, and what detection made of it. */
export interface WizardSheet {
  grid: SheetGrid;
  detected: SheetDetection;
}

/** What the wizard starts from: the plan sheets (in workbook order), detection, and what is stored. */
export interface WizardInput {
  sheets: ReadonlyMap<string, WizardSheet>;
  detection: Detection;
  stored: StoredMappingState;
}

/** Detection over the header areas read, leaving out Rahbord's own report and dashboard sheets. */
export function wizardInput(snapshot: WorkbookSnapshot, stored: StoredMappingState): WizardInput {
  const detection = detectMapping(snapshot);
  const planSheets = snapshot.sheets.filter((s) => !RAHBORD_SHEET_NAMES.includes(s.name));
  const sheets = new Map(
    planSheets.map((sheet, i) => [
      sheet.name,
      { grid: new SheetGrid(sheet), detected: detection.sheets[i] },
    ])
  );
  return { sheets, detection, stored };
}
