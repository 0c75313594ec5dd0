import { cellAddress, quotedSheetName } from "../../core/snapshot/address";
import type { CellArea } from "../../core/snapshot/workbook-snapshot";

/** A sheet name as Excel writes it in an address: quoted unless plain letters, digits and _ . */
function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : quotedSheetName(name);
}

/** An area's address as Excel writes it: "Plan!B2:C3", "Plan!A1" for one cell, names quoted. */
export function rangeAddress(sheet: string, area: CellArea): string {
  const corner = cellAddress(area.top, area.left);
  const end = cellAddress(area.bottom, area.right);
  return `${sheetPrefix(sheet)}!${corner === end ? corner : `${corner}:${end}`}`;
}
