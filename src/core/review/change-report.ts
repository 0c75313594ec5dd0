import type { ComparedEntity, PlanChange } from "../compare/plan-diff";
import { capitalised, CATALOGUES, LANGS, type Lang, type MessageKey } from "../i18n";
import { ROLE_LABELS } from "../mapping/labels";
import type { Origin, Plan } from "../model/plan";
import { canonicalCode } from "../normalize/text";
import { cellAddress } from "../snapshot/address";

/** The change-report sheet, in either language: Rahbord's own, never a plan sheet. */
export const CHANGE_REPORT_SHEET_NAMES: readonly string[] = LANGS.map(
  (lang) => CATALOGUES[lang]["review.sheet"]
);

export type ChangeKind = PlanChange["kind"];
const KINDS: readonly ChangeKind[] = [
  "added",
  "removed",
  "retitled",
  "reparented",
  "target",
  "approved",
  "spent",
];
const ENTITIES: readonly ComparedEntity[] = ["policy", "goal", "initiative", "kpi"];

const word = (lang: Lang, key: MessageKey) => CATALOGUES[lang][key];
export const entityLabel = (entity: ComparedEntity, lang: Lang) =>
  capitalised(ROLE_LABELS[entity][lang]);
export const changeLabel = (kind: ChangeKind, lang: Lang) => word(lang, `review.change.${kind}`);

/** Where a change can be seen in the current plan: the changed field's cell on its row. */
export interface ChangeLocation {
  sheet: string;
  cell: string;
}

/** A justification belongs to one change: its entity, its code (digits aside) and its kind. */
export const justificationKey = (entity: ComparedEntity, code: string, kind: ChangeKind) =>
  `${entity}|${canonicalCode(code)}|${kind}`;

/** The change-report table, the same in the add-in's sheet and the CLI's workbook. */
export interface ChangeReportTable {
  headers: string[];
  /** Plan text stays a string and amounts numbers; the caller writes strings as text. */
  rows: (string | number)[][];
  /** Each row's place in the current plan (none for a removal); the location column shows it. */
  locations: (ChangeLocation | undefined)[];
  justificationColumn: number;
  locationColumn: number;
  /** How many justifications were carried over from the report written before. */
  carried: number;
}

const COLUMNS = [
  "entity",
  "code",
  "change",
  "before",
  "after",
  "justification",
  "location",
] as const;
const JUSTIFICATION = COLUMNS.indexOf("justification");

export function changeReportRows(
  changes: readonly PlanChange[],
  lang: Lang,
  previousJustifications: ReadonlyMap<string, string>,
  locate: (change: PlanChange, index: number) => ChangeLocation | undefined = () => undefined
): ChangeReportTable {
  let carried = 0;
  const locations = changes.map((change, i) => locate(change, i));
  const rows = changes.map((c, i) => {
    const justification = previousJustifications.get(justificationKey(c.entity, c.code, c.kind));
    if (justification) carried++;
    const at = locations[i];
    return [
      entityLabel(c.entity, lang),
      c.code,
      changeLabel(c.kind, lang),
      c.before ?? "",
      c.after ?? "",
      justification ?? "",
      at ? `${at.sheet}!${at.cell}` : "",
    ];
  });
  return {
    headers: COLUMNS.map((column) => word(lang, `review.column.${column}`)),
    rows,
    locations,
    justificationColumn: JUSTIFICATION,
    locationColumn: COLUMNS.indexOf("location"),
    carried,
  };
}

/** Labels of either language back to what they name: a report may be rewritten in the other. */
const entityOf = new Map(
  LANGS.flatMap((lang) => ENTITIES.map((e) => [entityLabel(e, lang), e] as const))
);
const kindOf = new Map(
  LANGS.flatMap((lang) => KINDS.map((k) => [changeLabel(k, lang), k] as const))
);

const JUSTIFICATION_HEADERS = new Set(
  LANGS.map((lang) => word(lang, "review.column.justification"))
);

/**
 * The justifications typed in a change report written before, from its sheet's values: the rows
 * below its table's header (found by its words in either language, so a table the user turned
 * into a range still counts), by entity, code and change. Rows the user added, or whose labels
 * were edited, are skipped.
 */
export function readJustifications(values: readonly (readonly unknown[])[]): Map<string, string> {
  const found = new Map<string, string>();
  const header = values.findIndex((row) =>
    JUSTIFICATION_HEADERS.has(String(row[JUSTIFICATION] ?? "").trim())
  );
  if (header < 0) return found;
  for (const row of values.slice(header + 1)) {
    const entity = entityOf.get(String(row[0] ?? "").trim());
    const kind = kindOf.get(String(row[2] ?? "").trim());
    const code = String(row[1] ?? "");
    const text = String(row[JUSTIFICATION] ?? "").trim();
    if (entity && kind && code && text) found.set(justificationKey(entity, code, kind), text);
  }
  return found;
}

/** The field a change is seen in, by entity (the id cell when none fits better). */
function changedField(change: PlanChange): string[] {
  switch (change.kind) {
    case "retitled":
      return [change.entity === "kpi" ? "name" : "title"];
    case "reparented":
      if (change.entity === "initiative") return ["goal"];
      return change.entity === "kpi" ? ["goal", "initiative"] : ["parent"];
    case "target":
      return ["target"];
    default:
      return [];
  }
}

/** Finds each change's row in the current plan (the first row of its code, as planDiff takes it). */
export function locateChanges(plan: Plan): (change: PlanChange) => ChangeLocation | undefined {
  const rows: Record<ComparedEntity, readonly (Origin & { key: string })[]> = {
    policy: plan.policies,
    goal: plan.goals,
    initiative: plan.initiatives,
    kpi: plan.kpis,
  };
  const index = new Map<string, Origin>();
  for (const entity of ENTITIES)
    for (const row of rows[entity]) {
      const key = `${entity}|${row.key}`;
      if (row.key && !index.has(key)) index.set(key, row);
    }
  return (change) => {
    if (change.kind === "removed") return undefined;
    const origin = index.get(`${change.entity}|${canonicalCode(change.code)}`);
    if (!origin) return undefined;
    const field = [...changedField(change), "id"].find((f) => origin.columns[f] !== undefined);
    const column = field === undefined ? undefined : origin.columns[field];
    return column === undefined
      ? undefined
      : { sheet: origin.sheet, cell: cellAddress(origin.row, column) };
  };
}
