import type { Lang } from "../i18n";
import { ROLES, type Role } from "../mapping/roles";
import { INSTRUCTIONS_SHEET, SHEET_NAMES } from "./template-sheets";

/** What the template's sheets and tables are called in one workbook. */
export interface TemplateNames {
  instructions: string;
  sheets: Readonly<Record<Role, string>>;
  tables: Readonly<Record<Role, string>>;
}

/** Names a workbook already uses: its sheets, and its tables and defined names (one namespace). */
export interface TakenNames {
  sheets: readonly string[];
  tables: readonly string[];
}

const NONE_TAKEN: TakenNames = { sheets: [], tables: [] };

/**
 * The first of `name`, then `more(2)`, `more(3)`… that nobody holds, claimed at once so that two
 * template names never meet either. Excel compares sheet and table names without case.
 */
function claim(held: Set<string>, name: string, more: (n: number) => string): string {
  let chosen = name;
  for (let n = 2; held.has(chosen.toLocaleLowerCase()); n++) chosen = more(n);
  held.add(chosen.toLocaleLowerCase());
  return chosen;
}

/**
 * The template's names in `lang`, each made free in a workbook that already holds `taken`: a
 * sheet gets Excel's own suffix ("اهداف (2)", "Goals (2)"), a table "_2" (table names must be
 * valid references). The longest name with a suffix stays far inside Excel's 31 characters.
 */
export function templateNames(lang: Lang, taken: TakenNames = NONE_TAKEN): TemplateNames {
  const sheets = new Set(taken.sheets.map((s) => s.toLocaleLowerCase()));
  const tables = new Set(taken.tables.map((t) => t.toLocaleLowerCase()));
  const sheet = (name: string) => claim(sheets, name, (n) => `${name} (${n})`);
  const table = (name: string) => claim(tables, name, (n) => `${name}_${n}`);
  const byRole = (name: (role: Role) => string) =>
    Object.fromEntries(ROLES.map((role) => [role, name(role)])) as Record<Role, string>;
  return {
    instructions: sheet(INSTRUCTIONS_SHEET[lang]),
    sheets: byRole((role) => sheet(SHEET_NAMES[role].sheet[lang])),
    tables: byRole((role) => table(SHEET_NAMES[role].table)),
  };
}
