import type { Role } from "../mapping/roles";
import { spanAddress, type ColumnSpan, type LinkTarget } from "./link-columns";
import type {
  EnforcedColumn,
  EnforcedPiece,
  ErrorAlert,
  Prompt,
  SavedValidation,
} from "./stored-links";

/** A range's data validation as Excel.DataValidation loads it: null where its cells differ. */
export interface CurrentValidation {
  type: string;
  rule: Record<string, unknown> | null;
  ignoreBlanks: boolean | null;
  prompt: Prompt | null;
  errorAlert: ErrorAlert | null;
}

/**
 * Why a column is left as it is: its cells' validations differ ("mixed"), it is the user's own
 * dropdown ("userList"), the user changed Rahbord's since ("changed"), or its sheet is gone.
 */
export type LeftReason = "mixed" | "userList" | "changed" | "sheetMissing";

/** A column's range, named for the outcome. */
export interface LinkReport {
  role: Role;
  field: string;
  sheet: string;
  address: string;
}

/** Whether the cells carry Rahbord's dropdown: a list with the error alert Rahbord set there. */
export function isRahbordList(current: CurrentValidation, alert: ErrorAlert): boolean {
  return (
    current.type === "List" &&
    current.errorAlert?.title === alert.title &&
    current.errorAlert?.message === alert.message
  );
}

/**
 * What cells not yet Rahbord's held before, to put back later: nothing, or one validation of the
 * user's over all of them. Differing cells and the user's own dropdowns are left alone. Cells
 * carrying Rahbord's dropdown already (rows Excel inserted inside it) held nothing before.
 */
function previousOf(
  current: CurrentValidation,
  alert: ErrorAlert
): { previous: SavedValidation | null } | { left: "mixed" | "userList" } {
  if (current.type === "None" || isRahbordList(current, alert)) return { previous: null };
  if (current.type === "List") return { left: "userList" };
  const { rule, ignoreBlanks, prompt, errorAlert } = current;
  // Keep the rule's one criterion, should Excel report the others as null.
  const criteria = Object.entries(rule ?? {}).filter(([, body]) => body != null);
  if (criteria.length !== 1 || ignoreBlanks === null || !prompt || !errorAlert)
    return { left: "mixed" };
  return { previous: { rule: Object.fromEntries(criteria), ignoreBlanks, prompt, errorAlert } };
}

const pieceSpan = (column: EnforcedColumn, { top, bottom }: EnforcedPiece): ColumnSpan => ({
  sheet: column.sheet,
  column: column.column,
  top,
  bottom,
});

const report = ({ role, field }: { role: Role; field: string }, span: ColumnSpan): LinkReport => ({
  role,
  field,
  sheet: span.sheet,
  address: spanAddress(span),
});

/** Rows of the span outside every piece, as spans. */
function uncovered(span: ColumnSpan, pieces: readonly EnforcedPiece[]): ColumnSpan[] {
  const { sheet, column } = span;
  const spans: ColumnSpan[] = [];
  let next = span.top;
  for (const piece of [...pieces].sort((a, b) => a.top - b.top)) {
    if (piece.top > next)
      spans.push({ sheet, column, top: next, bottom: Math.min(span.bottom, piece.top - 1) });
    next = Math.max(next, piece.bottom + 1);
    if (next > span.bottom) break;
  }
  if (next <= span.bottom) spans.push({ sheet, column, top: next, bottom: span.bottom });
  return spans;
}

/** One target's work: the column enforced before at its place, if any, and the rows new to it. */
export interface LinkWork {
  target: LinkTarget;
  alert: ErrorAlert;
  earlier?: EnforcedColumn;
  fresh: ColumnSpan[];
}

/** Each target with the column enforced earlier at its place (same sheet and column), if any. */
export function linkWork(
  targets: readonly LinkTarget[],
  saved: readonly EnforcedColumn[],
  alertOf: (target: LinkTarget) => ErrorAlert
): LinkWork[] {
  return targets.map((target) => {
    const earlier = saved.find((c) => c.sheet === target.sheet && c.column === target.column);
    return {
      target,
      alert: alertOf(target),
      earlier,
      fresh: uncovered(target, earlier?.pieces ?? []),
    };
  });
}

/** The ranges whose validation enforcing reads: the earlier pieces and the fresh rows. */
export const spansToRead = (work: LinkWork): ColumnSpan[] => [
  ...(work.earlier?.pieces.map((p) => pieceSpan(work.earlier!, p)) ?? []),
  ...work.fresh,
];

export interface Enforcement {
  /** Every column Rahbord's part will list: those enforced now and earlier ones left as they were. */
  state: EnforcedColumn[];
  /** The ranges to give the dropdown. */
  writes: { span: ColumnSpan; source: string; errorAlert: ErrorAlert }[];
  /** Enforced columns; `replaced` names the type of the user's validation saved and replaced. */
  enforced: (LinkReport & { replaced: string[] })[];
  /** Columns, or a column's new rows, left as they were. */
  left: (LinkReport & { reason: LeftReason })[];
}

/**
 * What enforcing does, given each range's current validation: each target gets the dropdown over
 * its earlier pieces (when they still carry Rahbord's, else it is left as the user changed it) and
 * over its fresh rows (saving what they held, unless they are mixed or the user's own dropdown).
 * Columns enforced earlier that are no longer targets stay as they are, and listed.
 */
export function settleEnforcement(
  works: readonly LinkWork[],
  saved: readonly EnforcedColumn[],
  validationAt: (span: ColumnSpan) => CurrentValidation
): Enforcement {
  const result: Enforcement = { state: [], writes: [], enforced: [], left: [] };
  const redone = new Set<EnforcedColumn>();
  for (const work of works) {
    const { target, earlier } = work;
    if (earlier) {
      redone.add(earlier);
      const changed = earlier.pieces.find(
        (p) => !isRahbordList(validationAt(pieceSpan(earlier, p)), earlier.errorAlert)
      );
      if (changed) {
        result.state.push(earlier);
        result.left.push({ ...report(target, pieceSpan(earlier, changed)), reason: "changed" });
        continue;
      }
    }
    const pieces: EnforcedPiece[] = [...(earlier?.pieces ?? [])];
    for (const span of work.fresh) {
      const judged = previousOf(validationAt(span), earlier?.errorAlert ?? work.alert);
      if ("left" in judged) result.left.push({ ...report(target, span), reason: judged.left });
      else pieces.push({ top: span.top, bottom: span.bottom, previous: judged.previous });
    }
    if (pieces.length === 0) continue;
    const column: EnforcedColumn = {
      role: target.role,
      field: target.field,
      sheet: target.sheet,
      column: target.column,
      errorAlert: work.alert,
      pieces,
    };
    result.state.push(column);
    for (const piece of pieces)
      result.writes.push({
        span: pieceSpan(column, piece),
        source: target.source,
        errorAlert: work.alert,
      });
    result.enforced.push({
      ...report(target, target),
      replaced: pieces.flatMap((p) => (p.previous ? Object.keys(p.previous.rule) : [])),
    });
  }
  result.state.push(...saved.filter((c) => !redone.has(c)));
  return result;
}

export interface Removal {
  /** Ranges to put back as they were: null for no validation. */
  restores: { span: ColumnSpan; previous: SavedValidation | null }[];
  restored: LinkReport[];
  left: (LinkReport & { reason: LeftReason })[];
}

/**
 * What removing does: each piece still carrying Rahbord's dropdown gets its earlier validation
 * back; a piece the user changed since, or on a sheet that is gone, is left as it is.
 */
export function settleRemoval(
  saved: readonly EnforcedColumn[],
  sheetExists: (sheet: string) => boolean,
  validationAt: (span: ColumnSpan) => CurrentValidation
): Removal {
  const result: Removal = { restores: [], restored: [], left: [] };
  for (const column of saved)
    for (const piece of column.pieces) {
      const span = pieceSpan(column, piece);
      if (!sheetExists(column.sheet))
        result.left.push({ ...report(column, span), reason: "sheetMissing" });
      else if (!isRahbordList(validationAt(span), column.errorAlert))
        result.left.push({ ...report(column, span), reason: "changed" });
      else {
        result.restores.push({ span, previous: piece.previous });
        result.restored.push(report(column, span));
      }
    }
  return result;
}

/** The ranges whose validation removing reads: every piece on a sheet that still exists. */
export const removalSpans = (
  saved: readonly EnforcedColumn[],
  sheetExists: (sheet: string) => boolean
): ColumnSpan[] =>
  saved.flatMap((column) =>
    sheetExists(column.sheet) ? column.pieces.map((p) => pieceSpan(column, p)) : []
  );
