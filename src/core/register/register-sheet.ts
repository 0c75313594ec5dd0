import type { Lang } from "../i18n";
import { ROLE_LABELS } from "../mapping/labels";
import type { Goal, Kpi, Policy } from "../model/plan";
import { readCode, readCodes, readEnum, readNumber, readText, Invalid } from "../model/read-cells";
import { AGGREGATIONS, DIRECTIONS, enumKey, enumWord } from "../normalize/enums";
import { unitKey } from "../normalize/unit";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import type { ParentRegister, RegisterSource } from "./parent-register";

const TEXT = {
  sheet: { en: "Rahbord parent plan", fa: "برنامهٔ بالادست راهبرد" },
  title: {
    en: "Higher-level plan imported by Rahbord — read-only; import again from the task pane to update",
    fa: "برنامهٔ بالادست واردشده با راهبرد — فقط‌خواندنی؛ برای به‌روزرسانی از پنل دوباره وارد کنید",
  },
  fileName: { en: "Source file", fa: "فایل منبع" },
  importedAt: { en: "Imported", fa: "زمان ورود" },
  hash: { en: "SHA-256", fa: "SHA-256" },
} as const;

/** The register sheet's names; one of them is the register wherever the workbook's language went. */
export const REGISTER_SHEET_NAMES: readonly string[] = Object.values(TEXT.sheet);

export const registerSheetName = (lang: Lang) => TEXT.sheet[lang];

/** Worksheet rows of the source's three lines and of the table's header. */
const SOURCE_ROWS = { fileName: 2, importedAt: 3, hash: 4 } as const;
export const REGISTER_HEADER_ROW = 6;

/** The table's columns: one row per entity, its kind first, then every field any kind has. */
const COLUMNS = [
  "kind",
  "id",
  "title",
  "parent",
  "policies",
  "goal",
  "unit",
  "direction",
  "target",
  "aggregation",
  "budgetCeiling",
] as const;
type Column = (typeof COLUMNS)[number];
const COL = Object.fromEntries(COLUMNS.map((c, i) => [c, i + 1])) as Record<Column, number>;

/** Column headers: the table mixes kinds, so its own words ("Parent", not "parent goal"). */
const HEADERS: Readonly<Record<Column, Readonly<Record<Lang, string>>>> = {
  kind: { en: "Kind", fa: "نوع" },
  id: { en: "Code", fa: "کد" },
  title: { en: "Title", fa: "عنوان" },
  parent: { en: "Parent", fa: "بالادست" },
  policies: { en: "Policies", fa: "سیاست‌ها" },
  goal: { en: "Goal", fa: "هدف" },
  unit: { en: "Unit", fa: "واحد سنجش" },
  direction: { en: "Direction", fa: "جهت مطلوب" },
  target: { en: "Target", fa: "مقدار هدف" },
  aggregation: { en: "Aggregation", fa: "روش تجمیع" },
  budgetCeiling: { en: "Budget ceiling", fa: "سقف اعتبار" },
};

type Kind = "policy" | "goal" | "kpi";
const KINDS: readonly Kind[] = ["policy", "goal", "kpi"];

/** The register as the cells of its sheet, from A1: title, source, blank, header, one row per entity. */
export function registerSheetRows(register: ParentRegister, lang: Lang): CellValue[][] {
  const codes = (list: readonly { code: string }[]) => list.map((c) => c.code).join("، ");
  const row = (kind: Kind, fields: Partial<Record<Column, CellValue | undefined>>) =>
    COLUMNS.map((c) => (c === "kind" ? ROLE_LABELS[kind][lang] : (fields[c] ?? null)));
  return [
    [TEXT.title[lang]],
    [TEXT.fileName[lang], register.source.fileName],
    [TEXT.importedAt[lang], register.source.importedAt],
    [TEXT.hash[lang], register.source.hash],
    [],
    COLUMNS.map((c) => HEADERS[c][lang]),
    ...register.policies.map((p) =>
      row("policy", {
        id: p.code,
        title: p.title,
        parent: p.parent?.code,
        budgetCeiling: p.budgetCeiling,
      })
    ),
    ...register.goals.map((g) =>
      row("goal", {
        id: g.code,
        title: g.title,
        parent: g.parent?.code,
        policies: g.policies.length ? codes(g.policies) : undefined,
        budgetCeiling: g.budgetCeiling,
      })
    ),
    ...register.kpis.map((k) =>
      row("kpi", {
        id: k.code,
        title: k.name,
        goal: k.goal?.code,
        unit: k.unit,
        direction: k.direction && enumWord(DIRECTIONS, k.direction, lang),
        target: k.target,
        aggregation: k.aggregation && enumWord(AGGREGATIONS, k.aggregation, lang),
      })
    ),
  ];
}

const kindOf = new Map<string, Kind>(
  KINDS.flatMap((k) => Object.values(ROLE_LABELS[k]).map((w) => [enumKey(w), k] as const))
);

const valid = <T>(read: T | Invalid | undefined) => (read instanceof Invalid ? undefined : read);

/**
 * The register the sheet holds, its entities pointing at the sheet's cells; none when the sheet is
 * missing or is not a register (its source lines are not where Rahbord writes them). Rahbord
 * writes and protects the sheet, so its layout is fixed; a row whose kind is unknown is skipped.
 */
export function readRegisterSheet(sheet: SheetSnapshot): ParentRegister | undefined {
  const at = (row: number, column: number): CellValue =>
    sheet.values[row - sheet.origin.row]?.[column - sheet.origin.column] ?? null;
  const line = (key: keyof typeof SOURCE_ROWS) => {
    const label = readText(at(SOURCE_ROWS[key], 1));
    return Object.values(TEXT[key]).includes(label as never)
      ? readText(at(SOURCE_ROWS[key], 2))
      : undefined;
  };
  const fileName = line("fileName");
  const importedAt = line("importedAt");
  const hash = line("hash");
  if (fileName === undefined || importedAt === undefined || hash === undefined) return undefined;
  const source: RegisterSource = { fileName, importedAt, hash };
  const register: ParentRegister = { source, policies: [], goals: [], kpis: [] };
  const lastRow = sheet.origin.row + sheet.values.length - 1;
  for (let row = REGISTER_HEADER_ROW + 1; row <= lastRow; row++) {
    const cell = (c: Column) => at(row, COL[c]);
    const kind = kindOf.get(enumKey(readText(cell("kind")) ?? ""));
    const id = readCode(cell("id"));
    if (!kind || !id) continue;
    const base = { sheet: sheet.name, row, code: id.code, key: id.key };
    const title = readText(cell("title")) ?? "";
    if (kind === "policy") {
      const policy: Policy = {
        ...base,
        role: "policy",
        columns: {
          id: COL.id,
          title: COL.title,
          parent: COL.parent,
          budgetCeiling: COL.budgetCeiling,
        },
        title,
        parent: readCode(cell("parent")),
        budgetCeiling: valid(readNumber(cell("budgetCeiling"))),
      };
      register.policies.push(policy);
    } else if (kind === "goal") {
      const goal: Goal = {
        ...base,
        role: "goal",
        columns: {
          id: COL.id,
          title: COL.title,
          parent: COL.parent,
          policies: COL.policies,
          budgetCeiling: COL.budgetCeiling,
        },
        title,
        parent: readCode(cell("parent")),
        policies: readCodes(cell("policies")),
        budgetCeiling: valid(readNumber(cell("budgetCeiling"))),
      };
      register.goals.push(goal);
    } else {
      const unit = readText(cell("unit"));
      const kpi: Kpi = {
        ...base,
        role: "kpi",
        columns: {
          id: COL.id,
          name: COL.title,
          goal: COL.goal,
          unit: COL.unit,
          direction: COL.direction,
          target: COL.target,
          aggregation: COL.aggregation,
        },
        name: title,
        goal: readCode(cell("goal")),
        unit,
        unitKey: unit === undefined ? undefined : unitKey(unit),
        direction: valid(readEnum(cell("direction"), DIRECTIONS)),
        target: valid(readNumber(cell("target"))),
        yearTargets: [],
        aggregation: valid(readEnum(cell("aggregation"), AGGREGATIONS)),
      };
      register.kpis.push(kpi);
    }
  }
  return register;
}

/** The workbook's register, when it holds one. */
export function readRegister(snapshot: WorkbookSnapshot): ParentRegister | undefined {
  for (const sheet of snapshot.sheets) {
    if (!REGISTER_SHEET_NAMES.includes(sheet.name)) continue;
    const register = readRegisterSheet(sheet);
    if (register) return register;
  }
  return undefined;
}
