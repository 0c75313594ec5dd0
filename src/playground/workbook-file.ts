import { modelFromXlsx } from "../simulator/model-from-xlsx";
import { modelToXlsx } from "../simulator/model-to-xlsx";
import { WorkbookSession } from "./workbook-session";

export async function openWorkbook(bytes: ArrayBuffer, fileName: string): Promise<WorkbookSession> {
  return new WorkbookSession(await modelFromXlsx(bytes), fileName);
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Saves the workbook as it is now, with what the pane wrote, through the browser's download. */
export async function downloadWorkbook(session: WorkbookSession): Promise<void> {
  // JSZip's bytes sit in a plain ArrayBuffer, never a shared one.
  const bytes = (await modelToXlsx(session.model)) as Uint8Array<ArrayBuffer>;
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
  const link = Object.assign(document.createElement("a"), {
    href: url,
    download: session.fileName.replace(/(\.xlsx)?$/i, ".xlsx"),
  });
  link.click();
  // The download has its own reference by then; revoking later frees the bytes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
