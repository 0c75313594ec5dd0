import { isCellError, type WorkbookSnapshot } from "../core/snapshot/workbook-snapshot";
import { ModelSheet, ModelWorkbook, type ModelCell } from "./workbook-model";

/** A workbook for the simulator holding exactly an engine snapshot's cells (generated plans). */
export function modelFromSnapshot(snapshot: WorkbookSnapshot): ModelWorkbook {
  return new ModelWorkbook(
    snapshot.sheets.map((s) => {
      const sheet = new ModelSheet(s.name, s.visibility);
      s.values.forEach((line, i) =>
        line.forEach((value, j) => {
          if (value === null) return;
          const format = s.numberFormats?.[i]?.[j];
          const cell: ModelCell = isCellError(value)
            ? { value: value.error, error: true }
            : { value };
          if (format) cell.numberFormat = format;
          sheet.setCell(s.origin.row + i, s.origin.column + j, cell);
        })
      );
      sheet.merged = [...(s.merged ?? [])];
      sheet.tables.push(...(s.tables ?? []).map((t) => ({ ...t })));
      return sheet;
    })
  );
}
