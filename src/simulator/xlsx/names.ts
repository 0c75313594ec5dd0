import type ExcelJS from "exceljs";
import type { ModelName } from "../workbook-model";

/** One area of a defined name as exceljs takes it: "Plan!$A$1:$B$2", "'My plan'!$C$3". */
const REFERENCE = /^(?:'(?:[^']|'')+'|[^'!,]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

/**
 * The workbook's defined names. exceljs keeps only names that refer to cells, all workbook-wide
 * (a sheet's own name is read as the workbook's), and neither hidden flags nor comments. Excel's
 * built-in names ("_xlnm._FilterDatabase") are not among office.js's named items.
 */
export function namesOf(workbook: ExcelJS.Workbook): ModelName[] {
  return workbook.definedNames.model
    .filter(({ name }) => !name.startsWith("_xlnm."))
    .map(({ name, ranges }) => ({
      name,
      formula: `=${ranges.join(",")}`,
      visible: true,
      comment: "",
    }));
}

/** Writes the names exceljs can: workbook-wide ones referring to cells ("=Plan!$A$1,Plan!$C$1"). */
export function writeNames(workbook: ExcelJS.Workbook, names: ModelName[]): void {
  for (const { name, formula, scope } of names) {
    const ranges = formula.slice(1).match(/(?:'(?:[^']|'')*'|[^,])+/g) ?? [];
    if (scope || ranges.length === 0 || !ranges.every((r) => REFERENCE.test(r))) continue;
    for (const range of ranges) workbook.definedNames.add(range, name);
  }
}
