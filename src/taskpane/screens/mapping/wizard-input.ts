import { detectMapping, type Detection, type SheetDetection } from "../../../core/mapping/detect";
import { SheetGrid } from "../../../core/model/sheet-grid";
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

/** Detection over the header areas read (Rahbord's own sheets are no plan sheets). */
export function wizardInput(snapshot: WorkbookSnapshot, stored: StoredMappingState): WizardInput {
  const detection = detectMapping(snapshot); // Rahbord's own sheets left out
  const byName = new Map(snapshot.sheets.map((sheet) => [sheet.name, sheet]));
  const sheets = new Map(
    detection.sheets.map((detected) => [
      detected.sheet,
      { grid: new SheetGrid(byName.get(detected.sheet)!), detected },
    ])
  );
  return { sheets, detection, stored };
}
