import type ExcelJS from "exceljs";
import type { ModelSheet } from "../workbook-model";

type SheetView = Pick<ModelSheet, "rightToLeft" | "frozenRows">;

/** What the model keeps of a sheet's first view: its direction and the rows frozen at the top. */
export function sheetViewOf(ws: ExcelJS.Worksheet): SheetView {
  const view = ws.views?.[0]; // exceljs leaves views null for a sheet whose file has none
  const rows = view?.state === "frozen" ? (view.ySplit ?? 0) : 0;
  return {
    ...(view?.rightToLeft && { rightToLeft: true }),
    ...(rows > 0 && { frozenRows: rows }),
  };
}

/** The sheet's view for exceljs; none when the sheet has Excel's default one. */
export function excelViews(sheet: SheetView): Partial<ExcelJS.WorksheetView>[] {
  const { rightToLeft, frozenRows } = sheet;
  if (!rightToLeft && !frozenRows) return [];
  return [
    {
      ...(frozenRows ? { state: "frozen" as const, ySplit: frozenRows } : { state: "normal" }),
      rightToLeft: rightToLeft === true,
    },
  ];
}
