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
  { id: "cultureInfo", needs: "1.11", label: "feature.cultureInfo" },
  { id: "insertSheets", needs: "1.13", label: "feature.insertSheets" },
  { id: "mergedAreas", needs: "1.13", label: "feature.mergedAreas" },
];

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

/** The host's own check; reads Office.context, so call it after Office.onReady. */
export function officeSupportReport(): SupportReport {
  return supportReport((name, version) =>
    Office.context.requirements.isSetSupported(name, version)
  );
}
