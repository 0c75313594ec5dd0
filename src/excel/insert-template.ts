import type { Lang } from "../core/i18n";
import { templateNames } from "../core/template/template-names";
import { templateSpec, type TemplateSpec } from "../core/template/template-spec";
import { queueTemplateSheets, type SheetFeatures } from "./build-template-sheets";

export interface InsertTemplateOptions extends SheetFeatures {
  lang: Lang;
  /** The template's own file can go in (ExcelApi 1.13): right-to-left sheets and all. */
  insertSheets: boolean;
}

/** Template features this Excel could not give, by their OPTIONAL_FEATURES id. */
export type LeftOut = "insertSheets" | "dataValidation" | "readingOrder";

export interface TemplateOutcome {
  /** The sheets added, instructions first, under the names they got. */
  sheets: string[];
  /** The sheets themselves run right to left (only the inserted file can make them so). */
  rightToLeftSheets: boolean;
  leftOut: LeftOut[];
}

/** Base64 of the bytes, in slices that stay inside String.fromCharCode's argument limit. */
function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The template's file; exceljs loads only now, in a chunk of its own, so no bundle starts with it. */
async function templateFile(spec: TemplateSpec): Promise<string> {
  const { templateBytes } = await import("../xlsx/template-workbook");
  return base64Of(await templateBytes(spec));
}

function leftOut(spec: TemplateSpec, options: InsertTemplateOptions): LeftOut[] {
  if (options.insertSheets) return [];
  const lacking: LeftOut[] = spec.rightToLeft ? ["insertSheets"] : [];
  if (!options.dataValidation) lacking.push("dataValidation");
  if (spec.rightToLeft && !options.readingOrder) lacking.push("readingOrder");
  return lacking;
}

/**
 * Adds the planning template (as `rahbord template` writes it) after the workbook's sheets and
 * shows its instructions. Nothing there is overwritten: a sheet or table name already taken gets a
 * suffix ("اهداف (2)", "Goals_2"), and the lists follow the renamed sheets. With ExcelApi 1.13 the
 * template's file is inserted whole; else its sheets are built through the API, without
 * right-to-left sheets (see queueTemplateSheets). Two syncs either way.
 */
export async function insertTemplate(
  context: Excel.RequestContext,
  options: InsertTemplateOptions
): Promise<TemplateOutcome> {
  const { workbook } = context;
  const sheets = workbook.worksheets.load("items/name");
  // Tables share their names with defined names: a template table must avoid both.
  const tables = workbook.tables.load("items/name");
  const names = workbook.names.load("items/name");
  await context.sync();

  const spec = templateSpec(
    options.lang,
    templateNames(options.lang, {
      sheets: sheets.items.map((s) => s.name),
      tables: [...tables.items, ...names.items].map((t) => t.name),
    })
  );
  if (options.insertSheets) {
    workbook.insertWorksheetsFromBase64(await templateFile(spec), { positionType: "End" });
    sheets.getItem(spec.instructions.name).activate();
  } else queueTemplateSheets(sheets, spec, options).activate();
  await context.sync();
  return {
    sheets: [spec.instructions.name, ...spec.sheets.map((s) => s.name)],
    rightToLeftSheets: spec.rightToLeft && options.insertSheets,
    leftOut: leftOut(spec, options),
  };
}
