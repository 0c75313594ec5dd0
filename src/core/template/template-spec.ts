import { isRightToLeft, type Lang } from "../i18n";
import { FIELDS, ROLES, type FieldDef, type FieldType, type Role } from "../mapping/roles";
import { enumWords } from "../normalize/enums";
import { columnLetters, quotedSheetName } from "../snapshot/address";
import { columnPrompt, type InputPrompt } from "./column-prompts";
import { instructionsText } from "./instructions";
import { templateHeader } from "./template-headers";
import { templateNames, type TemplateNames } from "./template-names";
import { BODY_ROWS, TEXT_TYPES, TITLE_WIDTH, WIDTHS } from "./template-sheets";

/** A drop-down list: enumeration words, or the codes in the parent sheet's code column. */
export type TemplateValidation = (
  | { kind: "words"; words: string[] }
  | {
      kind: "codes";
      role: Role;
      /** The parent sheet's code column, e.g. "A". */
      column: string;
      /** That column's body as a formula reference: 'سیاست‌ها'!$A$2:$A$1000. */
      range: string;
    }
) & {
  /** Refuse anything else; false where a cell may hold several codes («س-۱، س-۲») and the list only suggests. */
  strict: boolean;
};

export interface TemplateColumn {
  field: string;
  header: string;
  kind: FieldType;
  /** In characters. */
  width: number;
  /** "@": what is typed stays text. */
  numberFormat?: "@";
  validation?: TemplateValidation;
  prompt?: InputPrompt;
}

export interface TemplateSheet {
  role: Role;
  name: string;
  /** The Excel table's name, starting at A1 with the headers in row 1. */
  table: string;
  columns: TemplateColumn[];
}

export interface TemplateSpec {
  lang: Lang;
  rightToLeft: boolean;
  /** Body rows that validations and formats cover (row 1 holds the headers). */
  rows: { first: number; last: number };
  /** Comes first in the workbook. */
  instructions: { name: string; title: string; lines: string[] };
  sheets: TemplateSheet[];
}

/** The letter of a role's own code column (every table starts in column A). */
function codeColumn(role: Role): string {
  const index = (FIELDS[role] as readonly FieldDef[]).findIndex((d) => d.type === "code");
  return columnLetters(index + 1);
}

function validation(
  def: FieldDef,
  lang: Lang,
  names: TemplateNames
): TemplateValidation | undefined {
  if (def.values) return { kind: "words", words: enumWords(def.values, lang), strict: true };
  if (!def.refRole) return undefined;
  const column = codeColumn(def.refRole);
  const range = `${quotedSheetName(names.sheets[def.refRole])}!$${column}$${BODY_ROWS.first}:$${column}$${BODY_ROWS.last}`;
  return { kind: "codes", role: def.refRole, column, range, strict: def.type === "ref" };
}

function column(role: Role, def: FieldDef, lang: Lang, names: TemplateNames): TemplateColumn {
  const header = templateHeader(role, def.id, lang);
  const base = def.id === "title" || def.id === "name" ? TITLE_WIDTH : WIDTHS[def.type];
  const check = validation(def, lang, names);
  const prompt = columnPrompt(def.type, lang, def.refRole && names.sheets[def.refRole]);
  return {
    field: def.id,
    header,
    kind: def.type,
    width: Math.max(base, header.length + 4),
    ...(TEXT_TYPES.has(def.type) ? { numberFormat: "@" as const } : {}),
    ...(check ? { validation: check } : {}),
    ...(prompt ? { prompt } : {}),
  };
}

/**
 * The planning template in one language, resolved down to the text of every cell and list. `names`
 * renames its sheets and tables (to fit a workbook that holds some already); lists, notes and the
 * instructions follow the renamed sheets.
 */
export function templateSpec(lang: Lang, names = templateNames(lang)): TemplateSpec {
  return {
    lang,
    rightToLeft: isRightToLeft(lang),
    rows: BODY_ROWS,
    instructions: {
      name: names.instructions,
      ...instructionsText(lang, (role) => names.sheets[role]),
    },
    sheets: ROLES.map((role) => ({
      role,
      name: names.sheets[role],
      table: names.tables[role],
      columns: (FIELDS[role] as readonly FieldDef[]).map((def) => column(role, def, lang, names)),
    })),
  };
}
