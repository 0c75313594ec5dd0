import type { Translator } from "./i18n";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** A workbook's sheets and the size of their used ranges: what Rahbord sees before any mapping. */
export interface SheetOverview {
  name: string;
  visibility: SheetVisibility;
  rows: number;
  columns: number;
}

export interface WorkbookOverview {
  sheets: SheetOverview[];
  readAt: Date;
}

export function overviewSummary(overview: WorkbookOverview, i18n: Translator): string {
  const withData = overview.sheets.filter((s) => s.rows > 0);
  return i18n.t("overview.summary", {
    sheets: overview.sheets.length,
    dataSheets: withData.length,
    rows: withData.reduce((sum, s) => sum + s.rows, 0),
  });
}
