import { quotedSheetName } from "../../core/snapshot/address";

/** A sheet name as Excel writes it in an address: quoted unless plain letters, digits and _ . */
export function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : quotedSheetName(name);
}
