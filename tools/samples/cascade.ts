import type { CellValue, WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { rahbordWorkbook, reproducibleBytes } from "../../src/xlsx/rahbord-workbook";
import { generateDistricts, type DistrictSetOptions } from "../generate-districts";
import { WRITTEN } from "./workbook";

/**
 * samples/cascade/: a deputy's plan and six district plans to try `rahbord cascade` on, with one
 * district short of the deputy's sum, one KPI in another unit, and one deputy goal left unserved.
 */
export const CASCADE_SAMPLE_DIR = "samples/cascade";
export const CASCADE_SAMPLE: DistrictSetOptions = {
  districts: 6,
  rows: 80,
  shortfall: 1,
  unitMismatch: 3,
  uncovered: true,
};

/** A generated plan as .xlsx bytes, the same bytes for the same plan (npm run samples). */
async function xlsxOf(snapshot: WorkbookSnapshot): Promise<Uint8Array> {
  const workbook = rahbordWorkbook(WRITTEN);
  const plain = (v: CellValue) => (v !== null && typeof v === "object" ? null : v);
  for (const sheet of snapshot.sheets)
    workbook.addWorksheet(sheet.name).addRows(sheet.values.map((row) => row.map(plain)));
  return reproducibleBytes(workbook, WRITTEN);
}

/** The sample's files: deputy.xlsx and district-01.xlsx …, with their bytes. */
export async function cascadeSampleFiles(): Promise<{ file: string; bytes: Uint8Array }[]> {
  const set = generateDistricts(CASCADE_SAMPLE);
  const plans = [{ name: "deputy", snapshot: set.parent }, ...set.districts];
  return Promise.all(
    plans.map(async ({ name, snapshot }) => ({
      file: `${name}.xlsx`,
      bytes: await xlsxOf(snapshot),
    }))
  );
}
