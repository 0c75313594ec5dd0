import { isGregorianYear, isJalaliYear } from "./date";
import { remembered } from "./remembered";
import { canonicalWords } from "./text";

/**
 * A reporting period: a year, a quarter, a half or a month. The key sorts in time within one
 * calendar: "1402", "1402-H1", "1402-Q3", "1402-M07".
 */
export interface Period {
  key: string;
  year: number;
  /** The last month (1–12) the period covers: its place in time. */
  endMonth: number;
}

const ORDINALS: Record<string, number> = {
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  اول: 1,
  یکم: 1,
  نخست: 1,
  دوم: 2,
  سوم: 3,
  چهارم: 4,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};
const ORDINAL = `(${Object.keys(ORDINALS).join("|")})`;
/** JavaScript's \b knows only ASCII words; this ends a Persian word too. */
const END = "(?![\\p{L}\\p{N}])";

const PERSIAN_MONTHS = [
  "فروردین",
  "اردیبهشت",
  "خرداد",
  "تیر",
  "مرداد",
  "شهریور",
  "مهر",
  "آبان",
  "آذر",
  "دی",
  "بهمن",
  "اسفند",
];
const ENGLISH_MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];
/** Transliterated Persian month names, as English sheets of Persian plans write them. */
const FINGLISH_MONTHS = [
  "farvardin",
  "ordibehesht",
  "khordad",
  "tir",
  "mordad",
  "shahrivar",
  "mehr",
  "aban",
  "azar",
  "dey",
  "bahman",
  "esfand",
];

const QUARTER_WORDS = "(?:q|quarter|فصل|سه ?ماهه|سه ?ماه)";
const HALF_WORDS = "(?:h|half|نیمه|نیم ?سال|شش ?ماهه|شش ?ماه)";
const YEAR = "(1[3-4]\\d\\d|1500|19\\d\\d|2[01]\\d\\d)";

const pad = (n: number) => String(n).padStart(2, "0");
const isYear = (y: number) => isJalaliYear(y) || isGregorianYear(y);

function sub(kind: "Q" | "H", n: number, year: number): Period | undefined {
  if (kind === "Q" && n >= 1 && n <= 4) return { key: `${year}-Q${n}`, year, endMonth: n * 3 };
  if (kind === "H" && n >= 1 && n <= 2) return { key: `${year}-H${n}`, year, endMonth: n * 6 };
  return undefined;
}

function month(m: number, year: number): Period | undefined {
  return m >= 1 && m <= 12 ? { key: `${year}-M${pad(m)}`, year, endMonth: m } : undefined;
}

const patterns: [RegExp, (m: RegExpMatchArray) => Period | undefined][] = [
  [new RegExp(`^${YEAR}$`), (m) => ({ key: m[1], year: +m[1], endMonth: 12 })],
  [
    new RegExp(`${QUARTER_WORDS} ?${ORDINAL}${END}.*?${YEAR}`, "u"),
    (m) => sub("Q", ORDINALS[m[1]], +m[2]),
  ],
  [
    new RegExp(`${YEAR}.*?${QUARTER_WORDS} ?${ORDINAL}${END}`, "u"),
    (m) => sub("Q", ORDINALS[m[2]], +m[1]),
  ],
  [
    new RegExp(`${HALF_WORDS} ?${ORDINAL}${END}.*?${YEAR}`, "u"),
    (m) => sub("H", ORDINALS[m[1]], +m[2]),
  ],
  [
    new RegExp(`${YEAR}.*?${HALF_WORDS} ?${ORDINAL}${END}`, "u"),
    (m) => sub("H", ORDINALS[m[2]], +m[1]),
  ],
  [new RegExp(`^${YEAR} ?[/.-] ?(\\d{1,2})$`), (m) => month(+m[2], +m[1])],
];

/** Every period names a year: text without one is no period, whatever else it says. */
const A_YEAR = new RegExp(YEAR);
const MONTH_NAMES = [PERSIAN_MONTHS, FINGLISH_MONTHS, ENGLISH_MONTHS].map((names) =>
  names.map(canonicalWords)
);

function monthByName(text: string, year: number): Period | undefined {
  for (const names of MONTH_NAMES) {
    const i = names.findIndex((name) => text.includes(name));
    if (i >= 0) return month(i + 1, year);
  }
  return undefined;
}

/** The period a cell or a header names: "Q1 1402", «فصل اول ۱۴۰۲», «خرداد ۱۴۰۲», "1402/03", 1402. */
export function parsePeriod(value: string | number): Readonly<Period> | undefined {
  return typeof value === "number"
    ? readPeriod(value)
    : periodOfText(value, () => readPeriod(value));
}

const periodOfText = remembered<Period | undefined>();

function readPeriod(value: string | number): Period | undefined {
  if (typeof value === "number") {
    return Number.isInteger(value) && isYear(value)
      ? { key: String(value), year: value, endMonth: 12 }
      : undefined;
  }
  const text = canonicalWords(value);
  const year = A_YEAR.exec(text);
  if (!year) return undefined;
  for (const [re, make] of patterns) {
    const m = text.match(re);
    if (m) return make(m);
  }
  return monthByName(text, +year[1]);
}
