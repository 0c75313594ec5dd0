import type { Lang } from "../../src/core/i18n";
import type { Direction, Frequency, LineKind, Status } from "../../src/core/normalize/enums";

/**
 * The sample plan as data, in both languages: Tehran's Urban Services Deputy under the city's
 * five-year plan (1402–1406), its four core aims as pillars. Codes are language-neutral here
 * ("G1.1"); the layout writes them «ه-۱-۱» in Persian and "G1.1" in English. Dates are Jalali
 * ("1402/01/15"); the English layout writes them in Gregorian. Budget and target years are Jalali
 * fiscal years; the English layout adds 621 (fiscal 1402 starts in March 2023).
 */

export type Text = Readonly<Record<Lang, string>>;

/** What the samples write in a cell. */
export type Written = string | number | null;

/** A cell written as a person typed it, in each language: how defects put in what is wrong. */
export interface Typed {
  typed: Readonly<Record<Lang, Written>>;
}
export type Value<T> = T | Typed;

export interface PolicyRow {
  code: string;
  title: Text;
  pillar: Text;
  legalBasis: Text;
  ceiling?: number;
}

export interface GoalRow {
  code: string;
  title: Text;
  parent?: string;
  policies: string[];
  owner: Text;
  start: string;
  end: string;
  weight?: number;
}

export interface InitiativeRow {
  code: string;
  title?: Text;
  goal: string;
  /** District numbers (1–22); none means all 22 districts. */
  districts: number[];
  owner: Text;
  status: Value<Status>;
  start: Value<string>;
  end: Value<string>;
  weight: number;
}

export interface KpiRow {
  code: string;
  name: Text;
  goal?: string;
  initiative?: string;
  parent?: string;
  unit?: Text;
  direction: Direction;
  baseline: Value<number>;
  target: number;
  /** Targets for fiscal years 1403 and 1404. */
  yearTargets: Readonly<Record<1403 | 1404, number>>;
  frequency: Value<Frequency>;
  /** Quarters 1402 Q1 … 1403 Q4; null where nothing was measured. */
  actuals: (number | null)[];
}

export interface BudgetRow {
  initiative?: string;
  source: Text;
  kind: LineKind;
  /** Billion rials by fiscal year: approved 1402–1406, spent so far (1402–1403). */
  approved: Partial<Record<number, number>>;
  spent: Partial<Record<number, Value<number>>>;
}

export interface Plan {
  policies: PolicyRow[];
  goals: GoalRow[];
  initiatives: InitiativeRow[];
  kpis: KpiRow[];
  budget: BudgetRow[];
}

export const PLAN_YEARS = [1402, 1403, 1404, 1405, 1406] as const;
export const SPENT_YEARS = [1402, 1403] as const;
export const ACTUAL_YEARS = [1402, 1403] as const;

/** What the cover sheet says about the document. */
export const ABOUT: readonly [Text, Text][] = [
  [
    { fa: "عنوان سند", en: "Document" },
    {
      fa: "سند راهبردی معاونت خدمات شهری شهرداری تهران",
      en: "Strategic plan of the Urban Services Deputy, Tehran Municipality",
    },
  ],
  [
    { fa: "سند بالادست", en: "Higher-level plan" },
    {
      fa: "برنامهٔ پنج‌سالهٔ توسعهٔ شهر تهران (۱۴۰۲ تا ۱۴۰۶)",
      en: "Tehran five-year development plan (1402–1406, 2023–2028)",
    },
  ],
  [
    { fa: "ویرایش", en: "Revision" },
    { fa: "بازنگری سال ۱۴۰۴", en: "1404 (2025) review" },
  ],
  [
    { fa: "تهیه‌کننده", en: "Prepared by" },
    { fa: "دفتر برنامه‌ریزی و بودجهٔ معاونت", en: "The deputy's planning and budget office" },
  ],
];

/** The four core aims of the deputy. */
const PILLAR = {
  services: { fa: "افزایش خدمات‌رسانی", en: "More services" },
  quality: { fa: "افزایش کیفیت خدمات", en: "Better quality" },
  revenue: { fa: "افزایش درآمدهای پایدار", en: "Sustainable revenue" },
  costs: { fa: "کاهش هزینه‌ها", en: "Lower costs" },
} as const;

const OWNER = {
  deputy: { fa: "معاونت خدمات شهری", en: "Urban Services Deputy" },
  waste: { fa: "سازمان مدیریت پسماند", en: "Waste Management Organisation" },
  services: { fa: "ادارهٔ کل خدمات شهری", en: "Directorate-General of Urban Services" },
  revenue: { fa: "ادارهٔ کل درآمد", en: "Revenue Directorate" },
  parks: { fa: "سازمان پارک‌ها و فضای سبز", en: "Parks and Green Space Organisation" },
  beautification: { fa: "سازمان زیباسازی", en: "Beautification Organisation" },
  district: { fa: "شهرداری منطقه", en: "District municipality" },
} as const;

export const SOURCE = {
  own: { fa: "منابع داخلی", en: "Own revenue" },
  grant: { fa: "کمک دولت", en: "Government grant" },
  private: { fa: "مشارکت بخش خصوصی", en: "Private participation" },
  bonds: { fa: "اوراق مشارکت", en: "Participation bonds" },
} as const;

export const UNIT = {
  percent: { fa: "درصد", en: "%" },
  count: { fa: "عدد", en: "count" },
  score: { fa: "امتیاز", en: "score" },
  hours: { fa: "ساعت", en: "hours" },
  billionRials: { fa: "میلیارد ریال", en: "billion rials" },
  millionRials: { fa: "میلیون ریال", en: "million rials" },
  kiloLitres: { fa: "هزار لیتر", en: "thousand litres" },
} as const;

const _ = null;

/** The plan as the deputy's office would hand it in: consistent, linked, measured and funded. */
export function cleanPlan(): Plan {
  return {
    policies: [
      {
        code: "P1",
        title: {
          fa: "گسترش خدمات شهری به همهٔ مناطق ۲۲‌گانه با اولویت مناطق کم‌برخوردار",
          en: "Extend urban services to all 22 districts, under-served ones first",
        },
        pillar: PILLAR.services,
        legalBasis: { fa: "مادهٔ ۱۲ برنامهٔ پنج‌ساله", en: "Five-year plan, art. 12" },
        ceiling: 1200,
      },
      {
        code: "P2",
        title: {
          fa: "ارتقای کیفیت خدمات شهری و رضایت شهروندان",
          en: "Raise the quality of urban services and citizens' satisfaction",
        },
        pillar: PILLAR.quality,
        legalBasis: { fa: "مادهٔ ۱۴ برنامهٔ پنج‌ساله", en: "Five-year plan, art. 14" },
        ceiling: 200,
      },
      {
        code: "P3",
        title: {
          fa: "جایگزینی درآمدهای پایدار به‌جای فروش تراکم",
          en: "Replace density-permit sales with sustainable revenue",
        },
        pillar: PILLAR.revenue,
        legalBasis: { fa: "مادهٔ ۳۰ برنامهٔ پنج‌ساله", en: "Five-year plan, art. 30" },
        ceiling: 150,
      },
      {
        code: "P4",
        title: {
          fa: "کاهش هزینهٔ تمام‌شدهٔ خدمات با بهره‌وری و هوشمندسازی",
          en: "Cut the full cost of services through productivity and smart systems",
        },
        pillar: PILLAR.costs,
        legalBasis: { fa: "مادهٔ ۳۲ برنامهٔ پنج‌ساله", en: "Five-year plan, art. 32" },
        ceiling: 1100,
      },
    ],
    goals: [
      {
        code: "G1",
        title: {
          fa: "گسترش خدمات پسماند در مناطق کم‌برخوردار",
          en: "Extend waste services in under-served districts",
        },
        policies: ["P1"],
        owner: OWNER.deputy,
        start: "1402/01/01",
        end: "1406/12/29",
        weight: 30,
      },
      {
        code: "G1.1",
        title: {
          fa: "جمع‌آوری مکانیزهٔ پسماند در مناطق جنوبی",
          en: "Mechanised waste collection in the southern districts",
        },
        parent: "G1",
        policies: [],
        owner: OWNER.waste,
        start: "1402/01/01",
        end: "1405/12/29",
        weight: 60,
      },
      {
        code: "G1.2",
        title: { fa: "گسترش غرفه‌های بازیافت", en: "More recycling kiosks" },
        parent: "G1",
        policies: [],
        owner: OWNER.waste,
        start: "1402/04/01",
        end: "1404/12/29",
        weight: 40,
      },
      {
        code: "G2",
        title: {
          fa: "ارتقای کیفیت رفت‌وروب و پاسخ‌گویی به شهروندان",
          en: "Better street cleaning and answers to citizens",
        },
        policies: ["P2"],
        owner: OWNER.services,
        start: "1402/01/01",
        end: "1406/12/29",
        weight: 25,
      },
      {
        code: "G3",
        title: {
          fa: "افزایش سهم درآمدهای پایدار در منابع معاونت",
          en: "Grow the share of sustainable revenue in the deputy's funds",
        },
        policies: ["P3", "P4"],
        owner: OWNER.revenue,
        start: "1402/01/01",
        end: "1406/12/29",
        weight: 25,
      },
      {
        code: "G4",
        title: {
          fa: "کاهش هزینهٔ تمام‌شدهٔ نگهداری فضای سبز و ناوگان",
          en: "Lower the full cost of green space and fleet upkeep",
        },
        policies: ["P4"],
        owner: OWNER.parks,
        start: "1402/01/01",
        end: "1406/12/29",
        weight: 20,
      },
    ],
    initiatives: [
      {
        code: "I1",
        title: {
          fa: "مکانیزه‌کردن جمع‌آوری پسماند در منطقهٔ ۱۵",
          en: "Mechanised waste collection in district 15",
        },
        goal: "G1.1",
        districts: [15],
        owner: OWNER.waste,
        status: "in-progress",
        start: "1402/01/15",
        end: "1405/12/29",
        weight: 60,
      },
      {
        code: "I2",
        title: {
          fa: "نصب مخازن زیرزمینی پسماند در منطقهٔ ۱۶",
          en: "Underground waste containers in district 16",
        },
        goal: "G1.1",
        districts: [16],
        owner: OWNER.district,
        status: "in-progress",
        start: "1402/07/01",
        end: "1404/12/29",
        weight: 40,
      },
      {
        code: "I3",
        title: {
          fa: "احداث غرفه‌های بازیافت در مناطق ۱۸ و ۱۹",
          en: "Recycling kiosks in districts 18 and 19",
        },
        goal: "G1.2",
        districts: [18, 19],
        owner: OWNER.waste,
        status: "completed",
        start: "1402/04/01",
        end: "1403/12/30",
        weight: 100,
      },
      {
        code: "I4",
        title: {
          fa: "پایش هوشمند کیفیت رفت‌وروب معابر در منطقهٔ ۱۲",
          en: "Smart monitoring of street sweeping in district 12",
        },
        goal: "G2",
        districts: [12],
        owner: OWNER.services,
        status: "in-progress",
        start: "1402/01/01",
        end: "1406/12/29",
        weight: 50,
      },
      {
        code: "I5",
        title: {
          fa: "ساماندهی رسیدگی به درخواست‌های سامانهٔ ۱۳۷",
          en: "Faster handling of 137 hotline requests",
        },
        goal: "G2",
        districts: [],
        owner: OWNER.services,
        status: "completed",
        start: "1402/04/01",
        end: "1402/12/29",
        weight: 50,
      },
      {
        code: "I6",
        title: {
          fa: "واگذاری تابلوهای تبلیغات دیجیتال در منطقهٔ ۶",
          en: "Digital billboard concessions in district 6",
        },
        goal: "G3",
        districts: [6],
        owner: OWNER.beautification,
        status: "in-progress",
        start: "1402/10/01",
        end: "1404/12/29",
        weight: 60,
      },
      {
        code: "I7",
        title: {
          fa: "فروش مواد بازیافتی با قراردادهای بلندمدت",
          en: "Long-term contracts for selling recyclables",
        },
        goal: "G3",
        districts: [],
        owner: OWNER.revenue,
        status: "delayed",
        start: "1403/01/01",
        end: "1406/12/29",
        weight: 40,
      },
      {
        code: "I8",
        title: {
          fa: "آبیاری هوشمند بوستان‌های منطقهٔ ۲۲",
          en: "Smart irrigation of district 22 parks",
        },
        goal: "G4",
        districts: [22],
        owner: OWNER.parks,
        status: "in-progress",
        start: "1402/07/01",
        end: "1405/12/29",
        weight: 50,
      },
      {
        code: "I9",
        title: {
          fa: "نوسازی ناوگان رفت‌وروب با خودروهای برقی در منطقهٔ ۳",
          en: "Electric sweepers for the district 3 fleet",
        },
        goal: "G4",
        districts: [3],
        owner: OWNER.services,
        status: "not-started",
        start: "1403/01/01",
        end: "1405/06/31",
        weight: 50,
      },
    ],
    kpis: [
      {
        code: "K1",
        name: { fa: "درصد پوشش جمع‌آوری مکانیزهٔ پسماند", en: "Mechanised collection coverage" },
        goal: "G1",
        unit: UNIT.percent,
        direction: "increase",
        baseline: 35,
        target: 80,
        yearTargets: { 1403: 50, 1404: 62 },
        frequency: "quarterly",
        actuals: [36, 38, 41, 44, 46, 49, 51, 53],
      },
      {
        code: "K2",
        name: { fa: "پوشش مکانیزه در منطقهٔ ۱۵", en: "Mechanised coverage, district 15" },
        initiative: "I1",
        parent: "K1",
        unit: UNIT.percent,
        direction: "increase",
        baseline: 30,
        target: 80,
        yearTargets: { 1403: 45, 1404: 60 },
        frequency: "quarterly",
        actuals: [31, 33, 36, 40, 42, 45, 47, 50],
      },
      {
        code: "K3",
        name: { fa: "پوشش مکانیزه در منطقهٔ ۱۶", en: "Mechanised coverage, district 16" },
        initiative: "I2",
        parent: "K1",
        unit: UNIT.percent,
        direction: "increase",
        baseline: 28,
        target: 80,
        yearTargets: { 1403: 42, 1404: 58 },
        frequency: "quarterly",
        actuals: [28, 29, 31, 34, 37, 40, 43, 45],
      },
      {
        code: "K4",
        name: { fa: "تعداد غرفه‌های فعال بازیافت", en: "Recycling kiosks in service" },
        goal: "G1.2",
        initiative: "I3",
        unit: UNIT.count,
        direction: "increase",
        baseline: 40,
        target: 120,
        yearTargets: { 1403: 80, 1404: 100 },
        frequency: "yearly",
        actuals: [_, _, _, 62, _, _, _, 96],
      },
      {
        code: "K5",
        name: {
          fa: "رضایت شهروندان از پاکیزگی معابر",
          en: "Citizens' satisfaction with clean streets",
        },
        goal: "G2",
        unit: UNIT.score,
        direction: "increase",
        baseline: 62,
        target: 75,
        yearTargets: { 1403: 66, 1404: 69 },
        frequency: "half-yearly",
        actuals: [_, 63, _, 64, _, 66, _, 67],
      },
      {
        code: "K6",
        name: {
          fa: "سهم معابر با کیفیت رفت‌وروب مطلوب",
          en: "Streets swept to standard",
        },
        initiative: "I4",
        unit: UNIT.percent,
        direction: "increase",
        baseline: 70,
        target: 90,
        yearTargets: { 1403: 78, 1404: 82 },
        frequency: "quarterly",
        actuals: [71, 72, 74, 75, 77, 78, 79, 80],
      },
      {
        code: "K7",
        name: {
          fa: "میانگین زمان رسیدگی به درخواست‌های ۱۳۷",
          en: "Average time to handle a 137 request",
        },
        initiative: "I5",
        unit: UNIT.hours,
        direction: "decrease",
        baseline: 48,
        target: 24,
        yearTargets: { 1403: 30, 1404: 26 },
        frequency: "quarterly",
        actuals: [46, 41, 35, 31, 29, 28, 27, 27],
      },
      {
        code: "K8",
        name: { fa: "درآمد پایدار معاونت", en: "The deputy's sustainable revenue" },
        goal: "G3",
        unit: UNIT.billionRials,
        direction: "increase",
        baseline: 1200,
        target: 2500,
        yearTargets: { 1403: 1600, 1404: 1900 },
        frequency: "yearly",
        actuals: [_, _, _, 1320, _, _, _, 1580],
      },
      {
        code: "K9",
        name: { fa: "درآمد تبلیغات محیطی دیجیتال", en: "Digital billboard revenue" },
        initiative: "I6",
        parent: "K8",
        unit: UNIT.billionRials,
        direction: "increase",
        baseline: 700,
        target: 1500,
        yearTargets: { 1403: 950, 1404: 1150 },
        frequency: "yearly",
        actuals: [_, _, _, 720, _, _, _, 930],
      },
      {
        code: "K10",
        name: { fa: "درآمد فروش مواد بازیافتی", en: "Revenue from recyclables" },
        initiative: "I7",
        parent: "K8",
        unit: UNIT.billionRials,
        direction: "increase",
        baseline: 500,
        target: 1000,
        yearTargets: { 1403: 650, 1404: 750 },
        frequency: "yearly",
        actuals: [_, _, _, 600, _, _, _, 650],
      },
      {
        code: "K11",
        name: {
          fa: "هزینهٔ نگهداری هر هکتار فضای سبز",
          en: "Upkeep cost per hectare of green space",
        },
        goal: "G4",
        initiative: "I8",
        unit: UNIT.millionRials,
        direction: "decrease",
        baseline: 900,
        target: 700,
        yearTargets: { 1403: 850, 1404: 800 },
        frequency: "yearly",
        actuals: [_, _, _, 905, _, _, _, 870],
      },
      {
        code: "K12",
        name: {
          fa: "میانگین مصرف ماهانهٔ سوخت ناوگان رفت‌وروب",
          en: "Sweeping fleet fuel use per month",
        },
        initiative: "I9",
        unit: UNIT.kiloLitres,
        direction: "decrease",
        baseline: 450,
        target: 320,
        yearTargets: { 1403: 420, 1404: 380 },
        frequency: "quarterly",
        actuals: [_, _, _, _, 445, 436, 428, 419],
      },
    ],
    budget: [
      {
        initiative: "I1",
        source: SOURCE.own,
        kind: "cost",
        approved: { 1402: 120, 1403: 150, 1404: 180, 1405: 150 },
        spent: { 1402: 110, 1403: 140 },
      },
      {
        initiative: "I1",
        source: SOURCE.grant,
        kind: "cost",
        approved: { 1403: 60, 1404: 80 },
        spent: { 1403: 45 },
      },
      {
        initiative: "I2",
        source: SOURCE.own,
        kind: "cost",
        approved: { 1402: 40, 1403: 90, 1404: 70 },
        spent: { 1402: 25, 1403: 88 },
      },
      {
        initiative: "I3",
        source: SOURCE.private,
        kind: "cost",
        approved: { 1402: 35, 1403: 45 },
        spent: { 1402: 35, 1403: 44 },
      },
      {
        initiative: "I4",
        source: SOURCE.own,
        kind: "cost",
        approved: { 1402: 25, 1403: 30, 1404: 30, 1405: 30, 1406: 30 },
        spent: { 1402: 20, 1403: 28 },
      },
      {
        initiative: "I5",
        source: SOURCE.own,
        kind: "cost",
        approved: { 1402: 18 },
        spent: { 1402: 17 },
      },
      {
        initiative: "I6",
        source: SOURCE.private,
        kind: "cost",
        approved: { 1403: 20, 1404: 25 },
        spent: { 1403: 12 },
      },
      // The concession's income: forecast as "approved", collected as "spent" (above forecast is fine).
      {
        initiative: "I6",
        source: SOURCE.private,
        kind: "revenue",
        approved: { 1403: 150, 1404: 300 },
        spent: { 1403: 162 },
      },
      {
        initiative: "I7",
        source: SOURCE.own,
        kind: "cost",
        approved: { 1403: 10, 1404: 15, 1405: 15, 1406: 15 },
        spent: { 1403: 4 },
      },
      {
        initiative: "I8",
        source: SOURCE.bonds,
        kind: "cost",
        approved: { 1402: 60, 1403: 80, 1404: 90, 1405: 40 },
        spent: { 1402: 52, 1403: 75 },
      },
      {
        initiative: "I9",
        source: SOURCE.grant,
        kind: "cost",
        approved: { 1403: 200, 1404: 250, 1405: 100 },
        spent: { 1403: 150 },
      },
      {
        initiative: "I9",
        source: SOURCE.own,
        kind: "cost",
        approved: { 1404: 50 },
        spent: {},
      },
    ],
  };
}
