import { fieldLabel, ROLE_LABELS } from "../mapping/labels";
import type { MappingDocument } from "../mapping/mapping-document";
import { FIELDS, ROLES, type FieldDef, type Role } from "../mapping/roles";
import { mappedRows } from "../model/build-plan";
import type { Translator } from "../i18n";
import { cellAddress, columnLetters, quotedSheetName } from "../snapshot/address";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import type { ErrorAlert } from "./stored-links";

/** Rows of one column of a sheet (1-based, inclusive). */
export interface ColumnSpan {
  sheet: string;
  column: number;
  top: number;
  bottom: number;
}

/** A parent-code column to give a dropdown of its parent's codes. */
export interface LinkTarget extends ColumnSpan {
  role: Role;
  field: string;
  parent: Role;
  parentSheet: string;
  /** The parent's codes as a list's source: `='Goals'!$B$5:$B$40`. */
  source: string;
}

export interface LinkPlan {
  targets: LinkTarget[];
  /** Links whose parent sheet holds no code yet: there is nothing to pick from. */
  withoutParentCodes: { role: Role; field: string; parent: Role }[];
}

/** Rows below the last data row that get the dropdown too, so that new rows have it. */
export const SPARE_ROWS = 500;
/** Excel's last row. */
export const EXCEL_ROWS = 1_048_576;

/** "D5:D512", the span's address on its sheet. */
export const spanAddress = ({ column, top, bottom }: ColumnSpan) =>
  `${cellAddress(top, column)}:${cellAddress(bottom, column)}`;

const absolute = (row: number, column: number) => `$${columnLetters(column)}$${row}`;

/**
 * Single-code reference fields. A "refs" field (a goal's policies) holds several codes in a cell,
 * which a list validation would refuse, so it gets no dropdown.
 */
const LINK_FIELDS = ROLES.flatMap((role) =>
  (FIELDS[role] as readonly FieldDef[]).flatMap((def) =>
    def.type === "ref" && def.refRole ? [{ role, field: def.id, parent: def.refRole }] : []
  )
);

/**
 * The parent-code columns of the plan the mapping describes, each with its parent's code column as
 * the source of a dropdown: from the first data row to SPARE_ROWS below the last (within Excel's
 * grid; to the last when a totals row or notes follow), for the reference fields the mapping maps
 * and whose parent's code column it maps.
 */
export function linkPlan(snapshot: WorkbookSnapshot, mapping: MappingDocument): LinkPlan {
  const rowsOf = new Map<Role, ReturnType<typeof mappedRows>>();
  const rows = (role: Role) => {
    if (!rowsOf.has(role)) rowsOf.set(role, mappedRows(snapshot, mapping.roles[role]));
    return rowsOf.get(role);
  };
  const plan: LinkPlan = { targets: [], withoutParentCodes: [] };
  const taken = new Set<string>();
  for (const { role, field, parent } of LINK_FIELDS) {
    const child = rows(role);
    const codes = rows(parent);
    const column = child?.columns[field];
    const codeColumn = codes?.columns.id;
    if (!child || !codes || column === undefined || codeColumn === undefined) continue;
    if (codes.rows.length === 0) {
      plan.withoutParentCodes.push({ role, field, parent });
      continue;
    }
    // One dropdown a column, should a hand-written mapping give two fields the same column.
    const place = `${child.sheet}!${column}`;
    if (taken.has(place)) continue;
    taken.add(place);
    const headerRow = mapping.roles[role]!.headerRow;
    const top = child.rows[0] ?? headerRow + 1;
    const lastData = child.rows.at(-1) ?? headerRow;
    // Spare rows only where nothing follows the data: a totals row or notes get no dropdown.
    const bottom =
      child.lastRow > lastData ? lastData : Math.min(EXCEL_ROWS, lastData + SPARE_ROWS);
    if (top > bottom) continue; // no data row, and the header is Excel's last row or notes follow it
    const firstCode = absolute(codes.rows[0], codeColumn);
    const lastCode = absolute(codes.rows.at(-1)!, codeColumn);
    plan.targets.push({
      sheet: child.sheet,
      column,
      top,
      bottom,
      role,
      field,
      parent,
      parentSheet: codes.sheet,
      source: `=${quotedSheetName(codes.sheet)}!${firstCode}:${lastCode}`,
    });
  }
  return plan;
}

/**
 * What Excel says when a code is typed that is not in the dropdown: a Stop alert, in the reader's
 * language, naming the parent's codes and their sheet (Excel allows 32 characters of title).
 */
export function linkAlert(target: LinkTarget, i18n: Translator): ErrorAlert {
  const { lang } = i18n.prefs;
  const parent = ROLE_LABELS[target.parent][lang];
  return {
    showAlert: true,
    style: "Stop",
    title: i18n.t("links.alert.title", { parent }),
    message: i18n.t("links.alert.message", {
      field: fieldLabel(target.role, target.field, lang),
      parent,
      sheet: target.parentSheet,
    }),
  };
}
