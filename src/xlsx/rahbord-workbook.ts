import ExcelJS from "exceljs";
import JSZip from "jszip";

/** A new workbook signed by Rahbord and dated `date`: fixed dates keep what it writes comparable. */
export function rahbordWorkbook(date: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Rahbord";
  workbook.lastModifiedBy = "Rahbord";
  workbook.created = date;
  workbook.modified = date;
  return workbook;
}

/**
 * The workbook's .xlsx bytes with every zip entry dated `date` too (exceljs stamps them with the
 * time of writing), so that the same content always gives the same file.
 */
export async function reproducibleBytes(
  workbook: ExcelJS.Workbook,
  date: Date
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  zip.forEach((_, entry) => {
    entry.date = date;
  });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
