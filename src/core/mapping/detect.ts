import { parsePeriod, type Period } from "../normalize/period";
import { canonicalWords } from "../normalize/text";
import { SheetGrid } from "../model/sheet-grid";
import { columnLetters } from "../snapshot/address";
import { RAHBORD_SHEET_NAMES } from "../report/rahbord-sheets";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import { profileColumn, type ColumnProfile } from "./column-profile";
import {
  AMBIGUOUS_ACTUAL,
  hasHeaderWord,
  readHeader,
  type EntityRole,
  type HeaderReading,
} from "./header-lexicon";
import {
  MAPPING_VERSION,
  type MappingDocument,
  type SheetMapping,
  type WideColumn,
} from "./mapping-document";
import { FIELDS, ROLES, type Role } from "./roles";
import { unmetNeeds } from "./role-needs";

export interface FieldChoice {
  field?: string;
  wide?: Omit<WideColumn, "column" | "header">;
  confidence: number;
}

export interface ColumnDetection {
  column: string;
  header: string;
  /** The chosen reading (none when the column is not used), and the other plausible ones. */
  choice?: FieldChoice;
  alternatives: FieldChoice[];
}

export interface SheetDetection {
  sheet: string;
  headerRow?: number;
  role?: Role;
  /** 0–1: how sure the role is. */
  confidence: number;
  alternatives: { role: Role; confidence: number }[];
  columns: ColumnDetection[];
  /** Fields the role needs that no column supplies ("goal|initiative": either will do). */
  missing: string[];
}

export interface Detection {
  mapping: MappingDocument;
  sheets: SheetDetection[];
  /** A role is unsure or a needed field is missing: a person should confirm the mapping. */
  uncertain: boolean;
}

const HEADER_SCAN_ROWS = 40;
const MIN_ROLE_SCORE = 4;
const UNSURE = 0.6;

interface Candidate extends FieldChoice {
  score: number;
}

interface Column {
  col: number;
  header: string;
  reading: HeaderReading;
  profile: ColumnProfile;
  period?: Period;
}

const OWN: Partial<Record<Role, EntityRole>> = {
  policy: "policy",
  goal: "goal",
  initiative: "initiative",
  kpi: "kpi",
};
const REF: Record<Role, Partial<Record<EntityRole, string>>> = {
  policy: {},
  goal: { policy: "policies" },
  initiative: { goal: "goal" },
  kpi: { goal: "goal", initiative: "initiative" },
  "kpi-actuals": { kpi: "kpi" },
  budget: { initiative: "initiative" },
};
const NUMERIC = new Set([
  "baseline",
  "target",
  "actual",
  "weight",
  "approved",
  "spent",
  "budgetCeiling",
  "value",
]);
const DATES = new Set(["start", "end"]);
const titleField = (role: Role) => (role === "kpi" ? "name" : "title");

function text(grid: SheetGrid, row: number, col: number): string {
  const value = grid.value(row, col);
  return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
}

const yearOrPeriod = (t: string) =>
  t !== "" && (/^\d{4}$/.test(canonicalWords(t)) || parsePeriod(t) !== undefined);

/** How much a cell looks like a header: a header word counts 1, a bare year or period ½ (it may head a wide column). */
function headerWeight(t: string): number {
  if (t.length === 0 || t.length > 60) return 0;
  if (hasHeaderWord(t)) return 1;
  return yearOrPeriod(t) ? 0.5 : 0;
}

/**
 * The header row: an Excel table's header row when the sheet has one, else the row among the first
 * ones with the most header words (title rows above have few).
 */
function findHeaderRow(grid: SheetGrid): number | undefined {
  const table = grid.sheet.tables?.find((t) => t.headerRow);
  if (table) return table.area.top;
  let best: { row: number; score: number } | undefined;
  const last = Math.min(grid.lastRow, grid.sheet.origin.row + HEADER_SCAN_ROWS - 1);
  for (let row = grid.sheet.origin.row; row <= last; row++) {
    let score = 0;
    for (let col = grid.sheet.origin.column; col <= grid.lastColumn; col++) {
      score += headerWeight(text(grid, row, col));
    }
    if (score >= 2 && (!best || score > best.score)) best = { row, score };
  }
  return best?.row;
}

/** The text above a cell in a two-row header: its own, or that of the merged area (or run) it sits under. */
function upperText(sheet: SheetSnapshot, grid: SheetGrid, row: number, col: number): string {
  const own = text(grid, row, col);
  if (own) return own;
  const area = sheet.merged?.find(
    (m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right
  );
  return area ? text(grid, area.top, area.left) : "";
}

/**
 * Header texts per column. A second header row of years or periods under merged group titles
 * («اعتبار مصوب» over ۱۳۹۸ ۱۳۹۹ …) is read as one header per column and becomes the header row.
 */
function readColumns(sheet: SheetSnapshot, grid: SheetGrid, headerRow: number) {
  const below = headerRow + 1;
  let periods = 0;
  for (let col = sheet.origin.column; col <= grid.lastColumn; col++) {
    if (yearOrPeriod(text(grid, below, col))) periods++;
  }
  const twoRows = periods >= 2;
  const row = twoRows ? below : headerRow;
  const columns: Omit<Column, "profile">[] = [];
  for (let col = sheet.origin.column; col <= grid.lastColumn; col++) {
    const lower = twoRows ? text(grid, below, col) : "";
    const upper = upperText(sheet, grid, headerRow, col);
    const header = [upper, lower].filter(Boolean).join(" ");
    if (!header) continue;
    columns.push({ col, header, reading: readHeader(header), period: parsePeriod(lower || upper) });
  }
  return { row, columns };
}

/**
 * A funding source named beside a budget measure and year, after a dash or in brackets
 * («اعتبار مصوب ۱۴۰۲ - منابع داخلی», "2024 approved (government)"): the part that is not the
 * measure and year, as written. Without it, two such columns of one year would read as one.
 */
function sourceInHeader(c: Column): string | undefined {
  const parts = c.header.split(/\s[-–—|]\s|[()]/).map((p) => p.trim());
  const own = parts.filter((p) => p && readHeader(p).tokens.every((t) => t.kind !== "measure"));
  return own.length === 1 && own.length < parts.filter(Boolean).length && !/^\d+$/.test(own[0])
    ? own[0]
    : undefined;
}

/** A sheet given a role that a person should confirm: detection is unsure of it, or a needed field is missing. */
export function isUnsure(s: Pick<SheetDetection, "role" | "confidence" | "missing">): boolean {
  return s.role !== undefined && (s.confidence < UNSURE || s.missing.length > 0);
}

/** The plausible readings of a column if its sheet holds `role`, with a score each. */
function candidates(role: Role, c: Column): Candidate[] {
  const { reading: r, profile: p } = c;
  const out: Candidate[] = [];
  const add = (field: string, score: number, confidence: number) =>
    out.push({ field, score, confidence });
  const wide = (w: FieldChoice["wide"], score: number, confidence: number) =>
    out.push({ wide: w, score, confidence });
  const entities = new Set(r.tokens.flatMap((t) => (t.kind === "entity" ? [t.role] : [])));
  const fields = new Set(r.tokens.flatMap((t) => (t.kind === "field" ? [t.field] : [])));
  const measures = new Set(r.tokens.flatMap((t) => (t.kind === "measure" ? [t.measure] : [])));
  const saysActual = r.words.some((w) => AMBIGUOUS_ACTUAL.has(w)) || measures.has("actual");
  const known = new Set<string>(FIELDS[role].map((d) => d.id));
  if (r.tokens.length > 0 && r.tokens.every((t) => t.kind === "counter")) return out;

  if (role === "budget") {
    const source = r.year ? sourceInHeader(c) : undefined;
    for (const m of ["approved", "spent"] as const) {
      if (!measures.has(m) && !(m === "spent" && saysActual)) continue;
      if (r.year) wide({ measure: m, year: r.year, ...(source ? { source } : {}) }, 2.5, 0.9);
      else add(m, 2, 0.85);
    }
  }
  if (role === "kpi") {
    if (measures.has("target")) {
      if (r.year) wide({ measure: "target", year: r.year }, 2.5, 0.9);
      else add("target", 2.5, 0.9);
    }
    if (saysActual && !measures.has("target")) add("actual", 2, 0.8);
  }
  if (role === "kpi-actuals" && (saysActual || (r.tokens.length === 0 && c.period))) {
    if (c.period)
      wide({ measure: "actual", period: c.period.key }, r.tokens.length ? 2.5 : 1.5, 0.8);
    else add("value", 2, 0.8);
  }

  const own = OWN[role];
  for (const e of entities) {
    const bare = fields.size === 0 && measures.size === 0;
    if (e === own) {
      if (fields.has("parent") && known.has("parent")) add("parent", 2.5, 0.9);
      else if (fields.has("id")) add("id", 3, 0.95);
      else if (fields.has("title")) add(titleField(role), 2, 0.95);
      else if (bare && p.averageLength > 14) add(titleField(role), 1.5, 0.7);
      else if (bare && p.codeLike > 0.6) add("id", 1.5, 0.6);
    } else if (e === "kpi" && role === "kpi" && fields.has("parent")) {
      add("parent", 2.5, 0.9);
    } else {
      const ref = REF[role][e];
      if (
        ref &&
        !fields.has("title") &&
        (fields.has("id") || p.codeLike > 0.5 || p.averageLength < 12)
      )
        add(ref, fields.has("id") ? 2.5 : 1.5, fields.has("id") ? 0.9 : 0.65);
    }
  }
  if (entities.size === 0) {
    for (const f of fields) {
      if (f === "id") add("id", 1.5, 0.75);
      else if (f === "title") add(titleField(role), 1.2, 0.75);
      else if (f === "value" && role === "kpi-actuals") add("value", 2, 0.85);
      else if (known.has(f)) add(f, 2, 0.9);
    }
  }
  for (const kind of ["direction", "status", "frequency"] as const) {
    if (known.has(kind) && p.enums[kind] > 0.6) add(kind, 1, 0.6);
  }

  // What the data says can overrule what the header says.
  for (const cand of out) {
    const f = cand.field;
    const numeric = f ? NUMERIC.has(f) : cand.wide !== undefined;
    if (p.filled > 0 && numeric && p.numeric < 0.5) cand.score *= 0.4;
    if (p.filled > 0 && f && DATES.has(f) && p.dates + p.numeric < 0.5) cand.score *= 0.5;
    if (p.filled > 2 && f === "id" && p.unique < 0.8) cand.score *= 0.4;
  }
  return out.sort((a, b) => b.score - a.score);
}

const wideKey = (w: NonNullable<FieldChoice["wide"]>) =>
  `${w.measure}|${w.year ?? ""}|${w.period ?? ""}|${w.source ?? ""}`;

interface Assignment {
  role: Role;
  score: number;
  choices: Map<number, Candidate>;
  options: Map<number, Candidate[]>;
}

function nameBonus(role: Role, sheetName: string): number {
  const r = readHeader(sheetName);
  const entities = new Set(r.tokens.flatMap((t) => (t.kind === "entity" ? [t.role] : [])));
  const measures = new Set(r.tokens.flatMap((t) => (t.kind === "measure" ? [t.measure] : [])));
  const actualWords =
    r.words.some((w) => AMBIGUOUS_ACTUAL.has(w)) ||
    measures.has("actual") ||
    /پایش|monitor/.test(canonicalWords(sheetName));
  if (role === "budget")
    return measures.has("approved") || (measures.has("spent") && !entities.has("kpi")) ? 3 : 0;
  if (role === "kpi-actuals") return actualWords && entities.has("kpi") ? 4 : actualWords ? 1.5 : 0;
  const own = OWN[role];
  if (!own || !entities.has(own)) return 0;
  return role === "kpi" && actualWords ? 1 : 3;
}

function assign(role: Role, sheetName: string, columns: Column[]): Assignment {
  const options = new Map(columns.map((c) => [c.col, candidates(role, c)]));
  const all = [...options].flatMap(([col, list]) => list.map((cand) => ({ col, cand })));
  all.sort((a, b) => b.cand.score - a.cand.score || a.col - b.col);
  const usedFields = new Set<string>();
  const choices = new Map<number, Candidate>();
  let score = 0;
  for (const { col, cand } of all) {
    if (choices.has(col)) continue;
    const key = cand.field ?? `wide:${wideKey(cand.wide!)}`;
    if (usedFields.has(key)) continue;
    usedFields.add(key);
    choices.set(col, cand);
    score += cand.score;
  }
  const has = (f: string) => usedFields.has(f);
  const wideOf = (m: string) => [...choices.values()].some((c) => c.wide?.measure === m);
  if (OWN[role]) score += has("id") ? 2 : -4;
  if (has(titleField(role))) score += 1;
  if (
    role === "budget" &&
    !(has("approved") || has("spent") || wideOf("approved") || wideOf("spent"))
  )
    score = 0;
  if (role === "kpi-actuals" && !(has("kpi") && (has("value") || wideOf("actual")))) score = 0;
  score += nameBonus(role, sheetName);
  return { role, score: Math.max(0, score), choices, options };
}

function missingFields(role: Role, a: Assignment): string[] {
  const choices = [...a.choices.values()];
  return unmetNeeds(
    role,
    (f) => choices.some((c) => c.field === f),
    (m) => choices.some((c) => c.wide?.measure === m)
  ).map((need) => need.fields.join("|"));
}

function confidence(best: number, second: number): number {
  if (best <= 0) return 0;
  const margin = (best - second) / best;
  return Math.round(Math.max(0, Math.min(1, margin * Math.min(1, best / 10))) * 100) / 100;
}

/**
 * Proposes a mapping for a workbook: each sheet's header row (below titles, blank and merged rows),
 * its role (from its own-code column, its other headers, its data and its name), and each column's
 * field, with a confidence for every choice and the alternatives. Rahbord's own sheets (report,
 * dashboard, register, change report, in either language) are never plan sheets: left out.
 */
export function detectMapping(snapshot: WorkbookSnapshot): Detection {
  const planSheets = snapshot.sheets.filter((s) => !RAHBORD_SHEET_NAMES.includes(s.name));
  const analysed = planSheets.map((sheet) => {
    const grid = new SheetGrid(sheet);
    const headerRow = findHeaderRow(grid);
    if (headerRow === undefined)
      return { sheet, grid, headerRow, row: undefined, columns: [], assignments: [] };
    const { row, columns: raw } = readColumns(sheet, grid, headerRow);
    const columns = raw.map((c) => ({ ...c, profile: profileColumn(grid, c.col, row + 1) }));
    const assignments = ROLES.map((role) => assign(role, sheet.name, columns)).sort(
      (a, b) => b.score - a.score
    );
    return { sheet, grid, headerRow, row, columns, assignments };
  });

  // Each role to one sheet and each sheet to one role, best pairs first.
  const pairs = analysed
    .flatMap((s, i) => s.assignments.map((a) => ({ i, a })))
    .filter((p) => p.a.score >= MIN_ROLE_SCORE)
    .sort((x, y) => y.a.score - x.a.score);
  const chosen = new Map<number, Assignment>();
  const taken = new Set<Role>();
  for (const { i, a } of pairs) {
    if (chosen.has(i) || taken.has(a.role)) continue;
    chosen.set(i, a);
    taken.add(a.role);
  }

  const mapping: MappingDocument = { version: MAPPING_VERSION, roles: {} };
  const sheets: SheetDetection[] = analysed.map((s, i) => {
    const a = chosen.get(i);
    const others = s.assignments.filter((x) => x !== a && x.score > 0);
    // A rival is a role this sheet would fit better than the sheet that holds it (or a free role).
    const holder = (role: Role) => [...chosen.values()].find((x) => x.role === role);
    const second = Math.max(
      0,
      ...others.filter((x) => (holder(x.role)?.score ?? 0) < x.score).map((x) => x.score)
    );
    const columns: ColumnDetection[] = s.columns.map((c) => {
      const choice = a?.choices.get(c.col);
      const options = a?.options.get(c.col) ?? [];
      const strip = ({ field, wide, confidence: conf }: Candidate): FieldChoice =>
        field ? { field, confidence: conf } : { wide, confidence: conf };
      return {
        column: columnLetters(c.col),
        header: c.header,
        ...(choice ? { choice: strip(choice) } : {}),
        alternatives: options.filter((o) => o !== choice).map(strip),
      };
    });
    if (a && s.row !== undefined) {
      const sheetMapping: SheetMapping = { sheet: s.sheet.name, headerRow: s.row, columns: {} };
      for (const c of s.columns) {
        const choice = a.choices.get(c.col);
        if (!choice) continue;
        const ref = {
          column: columnLetters(c.col),
          header: text(s.grid, s.row, c.col) || c.header,
        };
        if (choice.field) sheetMapping.columns[choice.field] = ref;
        else if (choice.wide) (sheetMapping.wide ??= []).push({ ...ref, ...choice.wide });
      }
      mapping.roles[a.role] = sheetMapping;
    }
    return {
      sheet: s.sheet.name,
      ...(s.row !== undefined ? { headerRow: s.row } : {}),
      ...(a ? { role: a.role } : {}),
      confidence: a ? confidence(a.score, second) : 0,
      alternatives: others
        .filter((x) => x.score >= MIN_ROLE_SCORE)
        .map((x) => ({
          role: x.role,
          confidence: Math.round((x.score / (x.score + (a?.score ?? 0))) * 100) / 100,
        })),
      columns,
      missing: a ? missingFields(a.role, a) : [],
    };
  });
  const uncertain = Object.keys(mapping.roles).length === 0 || sheets.some(isUnsure);
  return { mapping, sheets, uncertain };
}
