import type { MessageKey } from "../core/i18n";

/**
 * The lowest ExcelApi set Rahbord runs on (the manifest declares the same; a test keeps them equal).
 * 1.7 is Office 2019's level and brings everything the core flow needs: null objects (1.4),
 * custom XML parts for the stored mapping (1.5), conditional formats for highlights (1.6),
 * change events for live mode and chart category names (1.7).
 */
export const MIN_EXCEL_API = "1.7";

export interface OptionalFeature {
  id: string;
  needs: string;
  label: MessageKey;
}

/** Features above the minimum: on an older Excel they are switched off with a message; the rest works. */
export const OPTIONAL_FEATURES: readonly OptionalFeature[] = [
  { id: "dataValidation", needs: "1.8", label: "feature.dataValidation" },
  { id: "readingOrder", needs: "1.9", label: "feature.readingOrder" },
  { id: "rangeAreas", needs: "1.9", label: "feature.rangeAreas" },
  { id: "cultureInfo", needs: "1.11", label: "feature.cultureInfo" },
  { id: "insertSheets", needs: "1.13", label: "feature.insertSheets" },
  { id: "mergedAreas", needs: "1.13", label: "feature.mergedAreas" },
];

/**
 * What each operation needs: the ExcelApi set without which it cannot run, and the optional
 * features it uses when present (it still runs without them, and says what it left out).
 */
export const OPERATIONS = {
  /** Read the mapped sheets, run the rules, write the report sheet. */
  validate: { needs: "1.7", uses: ["mergedAreas", "readingOrder"] },
  /** Read every sheet's header area and detect the mapping. */
  detect: { needs: "1.4", uses: ["mergedAreas"] },
  /** Load and save the mapping's custom XML part. */
  storeMapping: { needs: "1.5", uses: [] },
  highlight: { needs: "1.6", uses: ["rangeAreas"] },
  clearHighlights: { needs: "1.6", uses: [] },
  navigate: { needs: "1.4", uses: [] },
  /** Validate again when the user's sheets change (WorksheetCollection.onChanged). */
  liveMode: { needs: "1.7", uses: [] },
  /** Read the plan, write the dashboard sheet: tables, charts, the heat map's colour scale (1.6). */
  buildDashboard: { needs: "1.7", uses: ["mergedAreas", "readingOrder"] },
  /** Add the template's sheets: its file (1.13), else built with lists (1.8), RTL cells (1.9). */
  insertTemplate: { needs: "1.7", uses: ["insertSheets", "dataValidation", "readingOrder"] },
  /** Dropdowns of the parent's codes on parent-code columns (data validation), and their removal. */
  enforceLinks: { needs: "1.8", uses: ["mergedAreas"] },
  removeLinks: { needs: "1.8", uses: [] },
  /**
   * The higher-level plan's register sheet: written with frozen header rows (1.7) and protected
   * (1.2), RTL cells in Persian (1.9); read back and removed (null objects, 1.4).
   */
  importParent: { needs: "1.7", uses: ["readingOrder"] },
  readParent: { needs: "1.4", uses: [] },
  removeParent: { needs: "1.4", uses: [] },
  /** Read the plan and store its state as a snapshot part (custom XML parts, 1.5). */
  takeSnapshot: { needs: "1.7", uses: ["mergedAreas"] },
  /** List and delete the snapshot parts. */
  listSnapshots: { needs: "1.5", uses: [] },
  deleteSnapshot: { needs: "1.5", uses: [] },
  /** Read the plan and a snapshot part, and list what changed. */
  compareSnapshot: { needs: "1.7", uses: ["mergedAreas"] },
  /** Write the change-report sheet, reading back the justifications typed in it. */
  writeChangeReport: { needs: "1.4", uses: ["readingOrder"] },
} as const satisfies Record<string, { needs: string; uses: readonly string[] }>;

export type OperationId = keyof typeof OPERATIONS;

export interface OperationSupport {
  runs: boolean;
  needs: string;
  /** Features the operation uses that this Excel lacks. */
  missing: OptionalFeature[];
}

export type IsSetSupported = (name: string, minVersion: string) => boolean;

export interface SupportReport {
  /** The minimum is met: Rahbord can run. */
  runs: boolean;
  missing: OptionalFeature[];
}

export function supportReport(isSetSupported: IsSetSupported): SupportReport {
  return {
    runs: isSetSupported("ExcelApi", MIN_EXCEL_API),
    missing: OPTIONAL_FEATURES.filter((f) => !isSetSupported("ExcelApi", f.needs)),
  };
}

export function operationSupport(
  operation: OperationId,
  isSetSupported: IsSetSupported
): OperationSupport {
  const { needs, uses } = OPERATIONS[operation];
  return {
    // The add-in as a whole needs the minimum (the manifest asks Office for it).
    runs: isSetSupported("ExcelApi", MIN_EXCEL_API) && isSetSupported("ExcelApi", needs),
    needs,
    missing: OPTIONAL_FEATURES.filter(
      (f) => (uses as readonly string[]).includes(f.id) && !isSetSupported("ExcelApi", f.needs)
    ),
  };
}

/** The host's own check; reads Office.context, so call it after Office.onReady. */
const officeIsSetSupported: IsSetSupported = (name, version) =>
  Office.context.requirements.isSetSupported(name, version);

export function officeSupportReport(): SupportReport {
  return supportReport(officeIsSetSupported);
}

/** What this Excel offers an operation; reads Office.context, so call it after Office.onReady. */
export function officeOperationSupport(operation: OperationId): OperationSupport {
  return operationSupport(operation, officeIsSetSupported);
}
