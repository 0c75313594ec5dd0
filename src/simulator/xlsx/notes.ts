import type JSZip from "jszip";
import { areaOfRange } from "../../core/snapshot/address";
import { OFFICE_RELATIONSHIPS, readXml, relationshipsOf, SPREADSHEET } from "./package-parts";

const COMMENTS = `${OFFICE_RELATIONSHIPS}/comments`;

export interface CellNote {
  row: number;
  column: number;
  note: string;
}

/**
 * A sheet's notes as plain text (every run's, the author's bold name included), read from its
 * comments part: exceljs keeps a note only on a cell that has a value or a style.
 */
export async function readNotes(zip: JSZip, part: string): Promise<CellNote[]> {
  const notes: CellNote[] = [];
  for (const r of (await relationshipsOf(zip, part)).values()) {
    if (r.type !== COMMENTS) continue;
    const comments = await readXml(zip, r.target);
    for (const comment of Array.from(
      comments?.getElementsByTagNameNS(SPREADSHEET, "comment") ?? []
    )) {
      const at = areaOfRange(comment.getAttribute("ref") ?? "");
      const runs = Array.from(comment.getElementsByTagNameNS(SPREADSHEET, "t"));
      if (at)
        notes.push({ row: at.top, column: at.left, note: runs.map((t) => t.textContent).join("") });
    }
  }
  return notes;
}
