import type {
  CellValue,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../src/core/snapshot/workbook-snapshot";

/** A small deterministic generator (mulberry32), so generated plans are the same on every run. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words titles are made of, so that titles are as long as real ones (four to eight words). */
const VERBS = [
  "افزایش",
  "ارتقای",
  "کاهش",
  "توسعهٔ",
  "نوسازی",
  "ساماندهی",
  "هوشمندسازی",
  "مکانیزه‌کردن",
  "پایش",
];
const OBJECTS = [
  "پوشش جمع‌آوری پسماند",
  "کیفیت خدمات شهری",
  "درآمدهای پایدار",
  "هزینهٔ نگهداری فضای سبز",
  "ناوگان حمل پسماند",
  "شبکهٔ آبیاری پارک‌ها",
  "رضایت شهروندان",
  "بازیافت از مبدأ",
];
const PLACES = [
  "در مناطق ۲۲‌گانه",
  "در منطقهٔ ۵",
  "در محله‌های کم‌برخوردار",
  "در سطح شهر تهران",
  "در بوستان‌های محله‌ای",
];

const toPersian = (s: string) => s.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]);

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({
  name,
  visibility: "Visible",
  origin: { row: 1, column: 1 },
  values,
});

/** A long actuals sheet: one row per KPI and quarter of 1402, KPIs ش-1 … ش-kpis in turn. */
export function actualsRows(rnd: () => number, rows: number, kpis: number): CellValue[][] {
  const actuals: CellValue[][] = [["کد شاخص", "دوره", "مقدار"]];
  for (let i = 0; i < rows; i++)
    actuals.push([`ش-${1 + (i % kpis)}`, `فصل ${1 + (i % 4)} ۱۴۰۲`, Math.round(rnd() * 120)]);
  return actuals;
}

const SOURCES = ["درآمدهای عمومی", "کمک دولت", "مشارکت بخش خصوصی"];

/**
 * A wide budget sheet: approved and spent for 1402–1404 (1404 not yet spent), initiatives اق-1 …
 * اق-initiatives in turn.
 */
export function budgetRows(rnd: () => number, rows: number, initiatives: number): CellValue[][] {
  const budget: CellValue[][] = [
    [
      "کد اقدام",
      "منبع تأمین",
      "اعتبار مصوب ۱۴۰۲",
      "عملکرد ۱۴۰۲",
      "اعتبار مصوب ۱۴۰۳",
      "عملکرد ۱۴۰۳",
      "اعتبار مصوب ۱۴۰۴",
      "عملکرد ۱۴۰۴",
    ],
  ];
  for (let i = 0; i < rows; i++) {
    const [a1, a2, a3] = [0, 0, 0].map(() => 500 + Math.round(rnd() * 4500));
    const spent = (approved: number) => Math.round(approved * (0.5 + rnd() / 2));
    const source = SOURCES[Math.floor(rnd() * SOURCES.length)];
    budget.push([`اق-${1 + (i % initiatives)}`, source, a1, spent(a1), a2, spent(a2), a3, null]);
  }
  return budget;
}

/**
 * A consistent Persian plan of about `rows` data rows over every role, for benchmarks: codes partly
 * in Persian digits (referenced in Latin ones), Jalali dates as text, KPI actuals one row per quarter,
 * and a wide budget (approved and spent for three years). Every policy, goal and initiative is linked,
 * measured and funded, as a plan under review mostly is.
 */
export function generatePlan(rows: number, seed = 1): WorkbookSnapshot {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const title = () => `${pick(VERBS)} ${pick(OBJECTS)} ${pick(PLACES)}`;
  const n = {
    policies: Math.max(4, Math.round(rows * 0.01)),
    goals: Math.max(8, Math.round(rows * 0.04)),
    initiatives: Math.max(15, Math.round(rows * 0.15)),
    kpis: Math.max(20, Math.round(rows * 0.2)),
  };
  const actualRows = Math.max(20, Math.round(rows * 0.3));
  const budgetCount = Math.max(
    20,
    rows - n.policies - n.goals - n.initiatives - n.kpis - actualRows
  );
  const pillars = [
    "افزایش خدمات‌رسانی",
    "افزایش کیفیت خدمات",
    "افزایش درآمدهای پایدار",
    "کاهش هزینه‌ها",
  ];
  const statuses = ["در حال اجرا", "شروع نشده", "تکمیل شده", "با تأخیر"];

  const policies: CellValue[][] = [["کد سیاست", "عنوان سیاست", "محور"]];
  for (let i = 1; i <= n.policies; i++) policies.push([`س-${i}`, title(), pick(pillars)]);

  const goals: CellValue[][] = [
    ["کد هدف", "عنوان هدف", "سیاست‌های کلان مرتبط", "تاریخ شروع", "تاریخ پایان", "وزن"],
  ];
  for (let i = 1; i <= n.goals; i++) {
    const p = 1 + (i % n.policies);
    goals.push([toPersian(`ه-${i}`), title(), `س-${p}`, "۱۴۰۲/۰۱/۰۱", "۱۴۰۶/۱۲/۲۹", 10]);
  }

  const initiatives: CellValue[][] = [
    ["کد اقدام", "عنوان اقدام", "کد هدف", "منطقه", "وضعیت", "تاریخ شروع", "تاریخ پایان"],
  ];
  for (let i = 1; i <= n.initiatives; i++) {
    const g = 1 + (i % n.goals);
    initiatives.push([
      `اق-${i}`,
      title(),
      `ه-${g}`,
      `منطقهٔ ${1 + Math.floor(rnd() * 22)}`,
      pick(statuses),
      `۱۴۰۲/۰${1 + Math.floor(rnd() * 9)}/۱۵`,
      "۱۴۰۶/۰۶/۳۱",
    ]);
  }

  const kpis: CellValue[][] = [
    ["کد شاخص", "نام شاخص", "کد اقدام", "واحد سنجش", "جهت مطلوب", "مقدار پایه", "مقدار هدف"],
  ];
  for (let i = 1; i <= n.kpis; i++) {
    const up = rnd() < 0.7;
    const base = Math.round(rnd() * 100);
    kpis.push([
      `ش-${i}`,
      `درصد ${pick(OBJECTS)} ${pick(PLACES)}`,
      `اق-${1 + (i % n.initiatives)}`,
      "درصد",
      up ? "افزایشی" : "کاهشی",
      base,
      up ? base + 20 : Math.max(0, base - 20),
    ]);
  }

  const actuals = actualsRows(rnd, actualRows, n.kpis);
  const budget = budgetRows(rnd, budgetCount, n.initiatives);

  return {
    sheets: [
      sheet("سیاست‌ها", policies),
      sheet("اهداف", goals),
      sheet("اقدامات", initiatives),
      sheet("شاخص‌ها", kpis),
      sheet("عملکرد شاخص‌ها", actuals),
      sheet("بودجه", budget),
    ],
  };
}
