import ExcelJS from "exceljs";
import type {
  CellValue,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../src/core/snapshot/workbook-snapshot";
import { actualsRows, budgetRows, random } from "./generate-plan";

/**
 * A deputy's plan and its districts' plans, as `rahbord cascade` checks them: the deputy's
 * policies, goals (some with sub-goals) and KPIs with unit, direction, target and aggregation; each
 * district's goals beneath the deputy's goals, its initiatives, KPIs (some cascading from the
 * deputy's, in the same unit and direction), KPI actuals and budget. The clean set is consistent:
 * the districts' targets aggregate exactly to the deputy's, every deputy goal and policy is served.
 * Defects can be injected one at a time, each giving exactly one finding.
 */
export interface DistrictSetOptions {
  /** How many district plans (22 in Tehran). */
  districts: number;
  /** About how many data rows each district plan has (goals, initiatives, KPIs, actuals, budget). */
  rows: number;
  seed?: number;
  /** This district (0-based) promises less on the deputy's sum KPI than the deputy's target needs. */
  shortfall?: number;
  /** This district (0-based) measures a cascaded KPI in another unit than the deputy's. */
  unitMismatch?: number;
  /** The one district serving the deputy's goal that only it serves leaves that goal out. */
  uncovered?: boolean;
}

export interface DistrictSet {
  parent: WorkbookSnapshot;
  districts: { name: string; snapshot: WorkbookSnapshot }[];
  /** Where each injected defect's single finding points. */
  expected: {
    shortfall?: { sheet: string; cell: string; kpi: string };
    unitMismatch?: { district: string; sheet: string; cell: string; kpi: string };
    uncovered?: { sheet: string; cell: string; goal: string };
  };
  /** The deputy's goals in order, with the districts expected to serve each (for the matrix). */
  goals: { code: string; servedBy: number }[];
}

/** The sheets' names, the same in the deputy's and the districts' workbooks. */
export const SHEETS = {
  policies: "سیاست‌ها",
  goals: "اهداف",
  initiatives: "اقدامات",
  kpis: "شاخص‌ها",
  actuals: "عملکرد شاخص‌ها",
  budget: "بودجه",
} as const;

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({
  name,
  visibility: "Visible",
  origin: { row: 1, column: 1 },
  values,
});

const START = "۱۴۰۲/۰۱/۰۱";
const END = "۱۴۰۶/۱۲/۲۹";

/** The district's name, as its file is called (district-01 …). */
export const districtName = (d: number) => `district-${String(d + 1).padStart(2, "0")}`;

interface ParentKpi {
  code: string;
  name: string;
  goal: string;
  unit: string;
  /** A unit the same quantity is wrongly given in (the unit-mismatch defect). */
  otherUnit: string;
  direction: "افزایشی" | "کاهشی";
  aggregation: "جمع" | "میانگین" | "کمینه" | "بیشینه";
  baseline: number;
}

const POLICIES: [string, string, string][] = [
  ["س-1", "ارتقای کیفیت و پوشش خدمات شهری در همهٔ مناطق", "افزایش خدمات‌رسانی"],
  ["س-2", "افزایش رضایت شهروندان از خدمات شهری", "افزایش کیفیت خدمات"],
  ["س-3", "توسعهٔ فضای سبز و مدیریت بهینهٔ منابع آب", "کاهش هزینه‌ها"],
  ["س-4", "کاهش زمان پاسخ‌گویی به درخواست‌های شهروندان", "افزایش کیفیت خدمات"],
];

/** The deputy's goals: code, title, policies cited, parent goal. Leaves are what districts serve. */
const GOALS: [string, string, string | null, string | null][] = [
  ["هم-1", "گسترش جمع‌آوری مکانیزهٔ پسماند", "س-1", null],
  ["هم-1.1", "نصب مخازن زیرزمینی پسماند", null, "هم-1"],
  ["هم-1.2", "مکانیزه‌کردن رفت‌وروب معابر", null, "هم-1"],
  ["هم-2", "ارتقای رضایت شهروندان از خدمات شهری", "س-2", null],
  ["هم-3", "نوسازی شبکهٔ آبیاری بوستان‌ها", "س-3", null],
  ["هم-4", "کاهش زمان رسیدگی به درخواست‌های ۱۳۷", "س-4", null],
  // Served by one district only: the "uncovered" defect leaves it out. Its policies are cited by
  // goals every district serves, so no district's plan leaves a deputy policy unserved.
  ["هم-5", "بازآفرینی بافت فرسودهٔ محله‌های کم‌برخوردار", "س-1، س-3", null],
];
const SPECIAL_GOAL = "هم-5";
/** The district serving SPECIAL_GOAL alone. */
const SPECIAL_DISTRICT = 0;

const KPIS: ParentKpi[] = [
  {
    code: "شم-1",
    name: "تعداد مخازن زیرزمینی نصب‌شده",
    goal: "هم-1.1",
    unit: "عدد",
    otherUnit: "درصد",
    direction: "افزایشی",
    aggregation: "جمع",
    baseline: 0,
  },
  {
    code: "شم-2",
    name: "درصد پوشش رفت‌وروب مکانیزه",
    goal: "هم-1.2",
    unit: "درصد",
    otherUnit: "کیلومتر",
    direction: "افزایشی",
    aggregation: "کمینه",
    baseline: 40,
  },
  {
    code: "شم-3",
    name: "درصد رضایت شهروندان از خدمات شهری",
    goal: "هم-2",
    unit: "درصد",
    otherUnit: "امتیاز",
    direction: "افزایشی",
    aggregation: "میانگین",
    baseline: 55,
  },
  {
    code: "شم-4",
    name: "طول شبکهٔ آبیاری نوسازی‌شده",
    goal: "هم-3",
    unit: "کیلومتر",
    otherUnit: "متر",
    direction: "افزایشی",
    aggregation: "جمع",
    baseline: 0,
  },
  {
    code: "شم-5",
    name: "میانگین زمان رسیدگی به درخواست‌های ۱۳۷",
    goal: "هم-4",
    unit: "روز",
    otherUnit: "ساعت",
    direction: "کاهشی",
    aggregation: "بیشینه",
    baseline: 10,
  },
  {
    code: "شم-6",
    name: "مساحت بافت فرسودهٔ بازآفرینی‌شده",
    goal: SPECIAL_GOAL,
    unit: "متر مربع",
    otherUnit: "هکتار",
    direction: "افزایشی",
    aggregation: "جمع",
    baseline: 0,
  },
];
/** The sum KPI the shortfall misses, and the one whose unit a district gets wrong. */
const SHORTFALL_KPI = "شم-1";
const MISMATCH_KPI = "شم-4";

const VERBS = ["افزایش", "ارتقای", "نوسازی", "ساماندهی", "هوشمندسازی", "توسعهٔ", "پایش"];
const OBJECTS = [
  "پوشش جمع‌آوری پسماند",
  "کیفیت رفت‌وروب معابر",
  "شبکهٔ آبیاری بوستان‌ها",
  "ناوگان حمل پسماند",
  "رسیدگی به درخواست‌های شهروندان",
  "مخازن زیرزمینی پسماند",
  "بازیافت از مبدأ",
];
const STATUSES = ["در حال اجرا", "شروع نشده", "تکمیل شده", "با تأخیر"];

/** The leaves of the deputy's goal tree: what a district goal hangs under. */
const LEAVES = GOALS.filter(([code]) => !GOALS.some(([, , , parent]) => parent === code)).map(
  ([code]) => code
);

/** Each district's own targets for each deputy KPI it serves, and the deputy's targets they make. */
function targets(n: number, rnd: () => number, options: DistrictSetOptions) {
  const own = KPIS.map(() => [] as number[]);
  const parent: number[] = [];
  KPIS.forEach((k, i) => {
    const serving = k.goal === SPECIAL_GOAL ? [SPECIAL_DISTRICT] : [...Array(n).keys()];
    const values = serving.map(() => 0);
    switch (k.aggregation) {
      case "جمع":
        for (let j = 0; j < values.length; j++) values[j] = 20 + Math.floor(rnd() * 80);
        parent.push(values.reduce((a, b) => a + b, 0));
        break;
      case "میانگین":
        values.fill(80); // none below the deputy's target: the average is exactly it
        parent.push(80);
        break;
      case "کمینه": // the worst district sets the deputy's target; the others do better
        for (let j = 0; j < values.length; j++) values[j] = 70 + Math.floor(rnd() * 25);
        values[Math.floor(rnd() * values.length)] = 70;
        parent.push(70);
        break;
      case "بیشینه": // lower is better: the slowest district sets the deputy's target
        for (let j = 0; j < values.length; j++) values[j] = 2 + Math.floor(rnd() * 4);
        values[Math.floor(rnd() * values.length)] = 5;
        parent.push(5);
        break;
    }
    serving.forEach((d, j) => (own[i][d] = values[j]));
  });
  // The shortfall: the district promises less; the deputy's target still counts on the full share.
  if (options.shortfall !== undefined) {
    const i = KPIS.findIndex((k) => k.code === SHORTFALL_KPI);
    own[i][options.shortfall] -= 10;
  }
  return { own, parent };
}

function parentPlan(parentTargets: number[]): WorkbookSnapshot {
  const policies: CellValue[][] = [["کد سیاست", "عنوان سیاست", "محور"], ...POLICIES];
  const goals: CellValue[][] = [
    ["کد هدف", "عنوان هدف", "سیاست‌های کلان مرتبط", "هدف بالادست", "تاریخ شروع", "تاریخ پایان"],
    ...GOALS.map(([code, title, cited, parent]) => [code, title, cited, parent, START, END]),
  ];
  const kpis: CellValue[][] = [
    [
      "کد شاخص",
      "نام شاخص",
      "کد هدف",
      "واحد سنجش",
      "جهت مطلوب",
      "مقدار پایه",
      "مقدار هدف",
      "روش تجمیع",
    ],
    ...KPIS.map((k, i) => [
      k.code,
      k.name,
      k.goal,
      k.unit,
      k.direction,
      k.baseline,
      parentTargets[i],
      k.aggregation,
    ]),
  ];
  return {
    sheets: [
      sheet(SHEETS.policies, policies),
      sheet(SHEETS.goals, goals),
      sheet(SHEETS.kpis, kpis),
    ],
  };
}

/** The parent's KPI sheet: target is column G, rows from 2. */
const parentKpiCell = (code: string, column: string) =>
  `${column}${2 + KPIS.findIndex((k) => k.code === code)}`;

function districtPlan(
  d: number,
  rows: number,
  rnd: () => number,
  own: number[][],
  options: DistrictSetOptions
): { snapshot: WorkbookSnapshot; mismatchRow?: number } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const title = () => `${pick(VERBS)} ${pick(OBJECTS)} در ${districtName(d)}`;
  // The deputy goals this district serves, each by one top goal of its own.
  const served = LEAVES.filter(
    (g) => g !== SPECIAL_GOAL || (d === SPECIAL_DISTRICT && !options.uncovered)
  );
  const n = {
    goals: Math.max(served.length * 2, Math.round(rows * 0.04)),
    initiatives: Math.max(served.length * 2, Math.round(rows * 0.15)),
  };
  const subGoals = n.goals - served.length;
  const kpiRows = Math.max(n.initiatives + KPIS.length, Math.round(rows * 0.2));
  const actualRows = Math.max(20, Math.round(rows * 0.3));
  const budgetCount = Math.max(
    n.initiatives,
    rows - n.goals - n.initiatives - kpiRows - actualRows
  );

  const goals: CellValue[][] = [
    ["کد هدف", "عنوان هدف", "هدف بالادست", "تاریخ شروع", "تاریخ پایان"],
  ];
  served.forEach((parent, i) =>
    goals.push([
      `ه-${i + 1}`,
      `${GOALS.find(([c]) => c === parent)![1]} در ${districtName(d)}`,
      parent,
      START,
      END,
    ])
  );
  // Sub-goals under the district's top goals: the leaves initiatives carry out.
  for (let i = 0; i < subGoals; i++)
    goals.push([`ه-${served.length + i + 1}`, title(), `ه-${1 + (i % served.length)}`, START, END]);

  const initiatives: CellValue[][] = [
    ["کد اقدام", "عنوان اقدام", "کد هدف", "وضعیت", "تاریخ شروع", "تاریخ پایان"],
  ];
  for (let i = 0; i < n.initiatives; i++)
    initiatives.push([
      `اق-${i + 1}`,
      title(),
      `ه-${served.length + 1 + (i % subGoals)}`,
      pick(STATUSES),
      `۱۴۰۲/۰${1 + Math.floor(rnd() * 9)}/۱۵`,
      "۱۴۰۶/۰۶/۳۱",
    ]);

  const kpis: CellValue[][] = [
    [
      "کد شاخص",
      "نام شاخص",
      "کد هدف",
      "کد اقدام",
      "شاخص بالادست",
      "واحد سنجش",
      "جهت مطلوب",
      "مقدار پایه",
      "مقدار هدف",
    ],
  ];
  let mismatchRow: number | undefined;
  // The deputy's KPIs this district serves, each measured beneath the district's goal for it.
  KPIS.forEach((k, i) => {
    const goal = served.indexOf(k.goal);
    if (goal < 0) return;
    const wrong = options.unitMismatch === d && k.code === MISMATCH_KPI;
    if (wrong) mismatchRow = kpis.length + 1;
    const target = own[i][d];
    kpis.push([
      `ش-${kpis.length}`,
      `${k.name} در ${districtName(d)}`,
      `ه-${goal + 1}`,
      null,
      k.code,
      wrong ? k.otherUnit : k.unit,
      k.direction,
      k.direction === "افزایشی"
        ? Math.min(k.baseline, target - 1)
        : Math.max(k.baseline, target + 1),
      target,
    ]);
  });
  const cascaded = kpis.length - 1;
  for (let i = kpis.length - 1; i < kpiRows; i++) {
    const up = rnd() < 0.7;
    const base = Math.round(rnd() * 100);
    kpis.push([
      `ش-${i + 1}`,
      `درصد ${pick(OBJECTS)} در ${districtName(d)}`,
      null,
      `اق-${1 + ((i - cascaded) % n.initiatives)}`,
      null,
      "درصد",
      up ? "افزایشی" : "کاهشی",
      base,
      up ? base + 20 : Math.max(0, base - 20),
    ]);
  }

  const actuals = actualsRows(rnd, actualRows, kpiRows);
  const budget = budgetRows(rnd, budgetCount, n.initiatives);

  return {
    snapshot: {
      sheets: [
        sheet(SHEETS.goals, goals),
        sheet(SHEETS.initiatives, initiatives),
        sheet(SHEETS.kpis, kpis),
        sheet(SHEETS.actuals, actuals),
        sheet(SHEETS.budget, budget),
      ],
    },
    mismatchRow,
  };
}

/** The deputy's plan and `districts` district plans, deterministic for a seed. */
export function generateDistricts(options: DistrictSetOptions): DistrictSet {
  const rnd = random(options.seed ?? 1);
  const n = options.districts;
  const { own, parent } = targets(n, rnd, options);
  const expected: DistrictSet["expected"] = {};
  const districts = [...Array(n).keys()].map((d) => {
    const { snapshot, mismatchRow } = districtPlan(d, options.rows, rnd, own, options);
    if (mismatchRow !== undefined)
      expected.unitMismatch = {
        district: districtName(d),
        sheet: SHEETS.kpis,
        cell: `F${mismatchRow}`,
        kpi: MISMATCH_KPI,
      };
    return { name: districtName(d), snapshot };
  });
  if (options.shortfall !== undefined)
    expected.shortfall = {
      sheet: SHEETS.kpis,
      cell: parentKpiCell(SHORTFALL_KPI, "G"),
      kpi: SHORTFALL_KPI,
    };
  if (options.uncovered)
    expected.uncovered = {
      sheet: SHEETS.goals,
      cell: `A${2 + GOALS.findIndex(([c]) => c === SPECIAL_GOAL)}`,
      goal: SPECIAL_GOAL,
    };
  const servedBy = (code: string): number => {
    const children = GOALS.filter(([, , , p]) => p === code).map(([c]) => c);
    if (children.length > 0) return Math.max(...children.map(servedBy));
    return code === SPECIAL_GOAL ? (options.uncovered ? 0 : 1) : n;
  };
  return {
    parent: parentPlan(parent),
    districts,
    expected,
    goals: GOALS.map(([code]) => ({ code, servedBy: servedBy(code) })),
  };
}

/**
 * Writes a snapshot as an .xlsx file, streamed (a district of thousands of rows writes quickly),
 * with shared strings as Excel writes them.
 */
export async function writeSnapshotXlsx(snapshot: WorkbookSnapshot, path: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  for (const s of snapshot.sheets) {
    const ws = writer.addWorksheet(s.name);
    for (const row of s.values)
      ws.addRow(row.map((v) => (v !== null && typeof v === "object" ? null : v))).commit();
    ws.commit();
  }
  await writer.commit();
}
