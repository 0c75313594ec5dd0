import { basename, resolve } from "node:path";
import type ExcelJS from "exceljs";
import type { Analysis } from "../core/analyse";
import type { Lang } from "../core/i18n";
import { InputProblem } from "./input-problem";
import { rahbordWorkbook } from "../xlsx/rahbord-workbook";
import { addFindingsSheet, linkFrom } from "./report-findings-sheet";
import { addRollupSheets } from "./report-rollup-sheets";
import { replaceFile } from "./write-output";

export interface ReportOptions {
  /** The checked workbook. */
  file: string;
  lang: Lang;
  /** Where findings link to the checked workbook from; its name (beside the report) by default. */
  link?: string;
  /** The workbook's created and modified dates; a fixed date by default, so reports compare equal. */
  date?: Date;
}

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** The report: findings with a summary, then the roll-ups. The checked workbook is never touched. */
export function buildReportWorkbook(analysis: Analysis, options: ReportOptions): ExcelJS.Workbook {
  const { lang } = options;
  const file = basename(options.file);
  const workbook = rahbordWorkbook(options.date ?? FIXED_DATE);
  addFindingsSheet(workbook, {
    findings: analysis.findings,
    counts: analysis.counts,
    file,
    link: options.link ?? file,
    lang,
  });
  addRollupSheets(workbook, analysis.rollups, lang);
  return workbook;
}

/** The report never goes over the checked workbook. */
export function refuseOverwrite(out: string, input: string): void {
  if (resolve(out) === resolve(input))
    throw new InputProblem("input.outputExists", { file: input });
}

/**
 * Writes the report to `path`, refusing the checked workbook's own path. Findings link to the
 * checked workbook by its path relative to the report's folder, so the links work wherever the
 * report is saved, and after moving both together.
 */
export async function writeReportFile(
  path: string,
  analysis: Analysis,
  options: Omit<ReportOptions, "link">
): Promise<void> {
  refuseOverwrite(path, options.file);
  const link = linkFrom(path, options.file);
  await replaceFile(
    path,
    await buildReportWorkbook(analysis, { ...options, link }).xlsx.writeBuffer()
  );
}
