import type { Finding } from "../core/findings";
import {
  HIGHLIGHT_STYLES,
  highlightFormula,
  highlightPlan,
  isHighlightFormula,
} from "../core/report/highlight-plan";

/**
 * Addresses of one multi-area conditional format stay below this length: Excel documents no limit
 * for RangeAreas addresses, so this keeps well inside its 8,192-character formula limit.
 */
const MAX_ADDRESS_LENGTH = 2_000;

/** Without RangeAreas (ExcelApi 1.9) each area needs a format of its own; past this many, Excel slows. */
export const MAX_SINGLE_AREA_HIGHLIGHTS = 500;

export interface HighlightOutcome {
  /** Cells marked, and conditional formats added for them. */
  cells: number;
  formats: number;
  /** Rahbord's earlier highlights removed first. */
  removed: number;
  /** Cells left unmarked because the single-area cap was reached. */
  capped: number;
  /** Sheets named by findings that the workbook no longer has (renamed or deleted). */
  missingSheets: string[];
}

/**
 * Rahbord's highlights found on every sheet (three syncs): its custom conditional formats, known by
 * their rule's marker. The user's own formats are only read.
 */
async function findHighlights(context: Excel.RequestContext) {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const formats = sheets.items.map((sheet) =>
    sheet.getRange().conditionalFormats.load("items/type")
  );
  await context.sync();
  const rules = formats
    .flatMap((collection) => collection.items.filter((f) => f.type === "Custom"))
    .map((format) => ({ format, rule: format.custom.rule.load("formula") }));
  await context.sync();
  return {
    sheets: sheets.items,
    ours: rules.filter(({ rule }) => isHighlightFormula(rule.formula)).map(({ format }) => format),
  };
}

/** How many of Rahbord's highlights the workbook has (three syncs): whether they are on. */
export async function countHighlights(context: Excel.RequestContext): Promise<number> {
  return (await findHighlights(context)).ours.length;
}

/**
 * Removes every highlight Rahbord added, and nothing else: cells, formats, notes, validation and the
 * user's own conditional formats stay as they are. Four syncs whatever the workbook's size.
 */
export async function clearHighlights(context: Excel.RequestContext): Promise<number> {
  const { ours } = await findHighlights(context);
  for (const format of ours) format.delete();
  await context.sync();
  return ours.length;
}

/**
 * Marks each finding's cell with a conditional format coloured by severity, after removing earlier
 * highlights; the cells' own values and formats are untouched, so clearHighlights undoes it exactly.
 * With ExcelApi 1.9 (`rangeAreas`) one format covers many areas; without it, one format per area,
 * up to MAX_SINGLE_AREA_HIGHLIGHTS, most severe first. Four syncs whatever the number of findings.
 */
export async function highlightFindings(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  { rangeAreas }: { rangeAreas: boolean }
): Promise<HighlightOutcome> {
  const { sheets, ours } = await findHighlights(context);
  for (const format of ours) format.delete();

  const byName = new Map(sheets.map((sheet) => [sheet.name.toLocaleLowerCase(), sheet]));
  const plan = highlightPlan(findings, { maxAddressLength: rangeAreas ? MAX_ADDRESS_LENGTH : 0 });
  const missingSheets = [...new Set(plan.map((g) => g.sheet))].filter(
    (name) => !byName.has(name.toLocaleLowerCase())
  );
  const present = plan.filter((g) => !missingSheets.includes(g.sheet));
  const applied = rangeAreas ? present : present.slice(0, MAX_SINGLE_AREA_HIGHLIGHTS);
  for (const { sheet, severity, address } of applied) {
    const worksheet = byName.get(sheet.toLocaleLowerCase())!;
    const target = rangeAreas ? worksheet.getRanges(address) : worksheet.getRange(address);
    const format = target.conditionalFormats.add("Custom");
    const style = HIGHLIGHT_STYLES[severity];
    format.custom.rule.formula = highlightFormula(severity);
    format.custom.format.fill.color = style.fill;
    format.custom.format.font.color = style.fontColor;
  }
  await context.sync();

  const cellsOf = (groups: typeof plan) => groups.reduce((sum, g) => sum + g.cells, 0);
  return {
    cells: cellsOf(applied),
    formats: applied.length,
    removed: ours.length,
    capped: cellsOf(present) - cellsOf(applied),
    missingSheets,
  };
}
