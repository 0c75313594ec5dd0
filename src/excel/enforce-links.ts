import type { Translator } from "../core/i18n";
import {
  linkWork,
  removalSpans,
  settleEnforcement,
  settleRemoval,
  spansToRead,
  type CurrentValidation,
  type Enforcement,
  type Removal,
} from "../core/links/enforcement";
import { linkAlert, spanAddress, type ColumnSpan, type LinkPlan } from "../core/links/link-columns";
import {
  decodeStoredLinks,
  encodeStoredLinks,
  LINKS_NAMESPACE,
  type ErrorAlert,
  type LinksState,
  type SavedValidation,
} from "../core/links/stored-links";
import type { StoredPartRead } from "../core/stored-part";
import { readStoredPart, type StoredPartState } from "./stored-part";

/** Rahbord's links part when it cannot be used (damaged, newer, several): nothing is changed. */
export type LinksPartInTheWay = Exclude<
  StoredPartState<StoredPartRead<LinksState>>,
  { kind: "ok" } | { kind: "none" }
>;

export type EnforceOutcome =
  | { kind: "blocked"; part: LinksPartInTheWay }
  | ({ kind: "enforced" } & Pick<Enforcement, "enforced" | "left"> &
      Pick<LinkPlan, "withoutParentCodes">);

export type RemoveOutcome =
  | { kind: "blocked"; part: LinksPartInTheWay }
  /** No links part: Rahbord's dropdowns are not in this workbook. */
  | { kind: "nothing" }
  | ({ kind: "removed" } & Pick<Removal, "restored" | "left">);

const VALIDATION_PROPERTIES = "type, rule, ignoreBlanks, prompt, errorAlert";

const readLinksPart = (context: Excel.RequestContext) =>
  readStoredPart(context, LINKS_NAMESPACE, decodeStoredLinks);

/** Ranges by sheet name and span, each sheet looked up once. */
function rangesOf(context: Excel.RequestContext) {
  const sheets = new Map<string, Excel.Worksheet>();
  return (span: ColumnSpan) => {
    let sheet = sheets.get(span.sheet);
    if (!sheet) sheets.set(span.sheet, (sheet = context.workbook.worksheets.getItem(span.sheet)));
    return sheet.getRange(spanAddress(span));
  };
}

/** Queues a load of each span's validation; after the sync, `validationAt` reads them. */
function queueValidations(context: Excel.RequestContext, spans: readonly ColumnSpan[]) {
  const range = rangesOf(context);
  const loaded = new Map(
    spans.map((span) => [
      `${span.sheet}!${spanAddress(span)}`,
      range(span).dataValidation.load(VALIDATION_PROPERTIES),
    ])
  );
  return (span: ColumnSpan): CurrentValidation => {
    const validation = loaded.get(`${span.sheet}!${spanAddress(span)}`)!;
    return {
      type: validation.type,
      rule: validation.rule as Record<string, unknown> | null,
      ignoreBlanks: validation.ignoreBlanks,
      prompt: validation.prompt,
      errorAlert: validation.errorAlert,
    };
  };
}

/** Puts a range's validation back as saved (none for null); cleared first, as Excel advises. */
function restoreValidation(range: Excel.Range, saved: SavedValidation | null): void {
  range.dataValidation.clear();
  if (!saved) return;
  range.dataValidation.rule = saved.rule as Excel.DataValidationRule;
  range.dataValidation.ignoreBlanks = saved.ignoreBlanks;
  range.dataValidation.prompt = saved.prompt;
  range.dataValidation.errorAlert = saved.errorAlert as Excel.DataValidationErrorAlert;
}

/** Rahbord's dropdown of the parent's codes; blanks pass (required codes are the rules' concern). */
function setDropdown(range: Excel.Range, source: string, errorAlert: ErrorAlert): void {
  range.dataValidation.clear();
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  range.dataValidation.ignoreBlanks = true;
  range.dataValidation.errorAlert = errorAlert as Excel.DataValidationErrorAlert;
}

/**
 * "Enforce links": gives each parent-code column of the plan a dropdown of its parent's codes, with
 * a Stop alert in the reader's language (ExcelApi 1.8). The validation each range had is saved
 * first, in Rahbord's links part, for removeLinks. Columns whose validation differs from cell to
 * cell and the user's own dropdowns are left as they are, and listed. Enforcing again updates the
 * sources and covers new rows, keeping what was saved the first time. A links part that cannot be
 * read is reported, and nothing changes. Three syncs (four when a links part exists), whatever the
 * plan's size.
 */
export async function enforceLinks(
  context: Excel.RequestContext,
  plan: LinkPlan,
  i18n: Translator
): Promise<EnforceOutcome> {
  const { items, state } = await readLinksPart(context);
  if (state.kind !== "ok" && state.kind !== "none") return { kind: "blocked", part: state };
  const saved = state.kind === "ok" ? state.value.columns : [];
  const works = linkWork(plan.targets, saved, (target) => linkAlert(target, i18n));
  const validationAt = queueValidations(context, works.flatMap(spansToRead));
  await context.sync();

  const settled = settleEnforcement(works, saved, validationAt);
  // The earlier validations are saved before any is replaced.
  if (settled.state.length > 0) {
    const xml = encodeStoredLinks({ columns: settled.state });
    if (state.kind === "ok") items[0].setXml(xml);
    else context.workbook.customXmlParts.add(xml);
  }
  const range = rangesOf(context);
  for (const { span, source, errorAlert } of settled.writes)
    setDropdown(range(span), source, errorAlert);
  await context.sync();
  const { enforced, left } = settled;
  return { kind: "enforced", enforced, left, withoutParentCodes: plan.withoutParentCodes };
}

/**
 * "Remove": puts back the validation each enforced range had before (none, or the user's own),
 * where the range still carries Rahbord's dropdown; a range the user changed since, or on a sheet
 * that is gone, is left as it is and listed. Then removes Rahbord's links part. A part that cannot
 * be read is reported, and nothing changes. Four syncs whatever the plan's size (one when nothing
 * was enforced).
 */
export async function removeLinks(context: Excel.RequestContext): Promise<RemoveOutcome> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const { items, state } = await readLinksPart(context);
  if (state.kind === "none") return { kind: "nothing" };
  if (state.kind !== "ok") return { kind: "blocked", part: state };
  const names = new Set(worksheets.items.map((sheet) => sheet.name.toLocaleLowerCase()));
  const sheetExists = (name: string) => names.has(name.toLocaleLowerCase());
  const { columns } = state.value;
  const validationAt = queueValidations(context, removalSpans(columns, sheetExists));
  await context.sync();

  const removal = settleRemoval(columns, sheetExists, validationAt);
  const range = rangesOf(context);
  for (const { span, previous } of removal.restores) restoreValidation(range(span), previous);
  items[0].delete();
  await context.sync();
  return { kind: "removed", restored: removal.restored, left: removal.left };
}
