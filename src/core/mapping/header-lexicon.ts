import { canonicalWords } from "../normalize/text";

/**
 * The words real planning sheets put in their headers, Persian and English, and what each says:
 * an entity («هدف», "initiative"), a field («کد», "start"), or a budget/KPI measure («مصوب»).
 * A header names its entity and its field together («کد هدف»), so a header reads as several tokens.
 */
export type EntityRole = "policy" | "goal" | "initiative" | "kpi";
export type Measure = "approved" | "spent" | "target" | "actual";

export type Token =
  | { kind: "entity"; role: EntityRole }
  | { kind: "field"; field: string }
  | { kind: "measure"; measure: Measure }
  | { kind: "counter" };

const entity = (role: EntityRole): Token => ({ kind: "entity", role });
const field = (name: string): Token => ({ kind: "field", field: name });
const measure = (m: Measure): Token => ({ kind: "measure", measure: m });

const WORDS: [Token, string[]][] = [
  [{ kind: "counter" }, ["ردیف", "شماره ردیف", "row", "#", "no.", "s/n", "sn", "seq"]],
  [
    entity("policy"),
    [
      "سیاست",
      "سیاستها",
      "سیاست کلان",
      "سیاستهای کلان",
      "خط مشی",
      "policy",
      "policies",
      "macro policy",
    ],
  ],
  [
    entity("goal"),
    [
      "هدف",
      "اهداف",
      "هدف کلان",
      "هدف راهبردی",
      "اهداف راهبردی",
      "هدف عملیاتی",
      "goal",
      "goals",
      "objective",
      "objectives",
      "strategic goal",
    ],
  ],
  [
    entity("initiative"),
    [
      "اقدام",
      "اقدامات",
      "اقدام راهبردی",
      "پروژه",
      "پروژهها",
      "برنامه",
      "برنامهها",
      "طرح",
      "طرحها",
      "فعالیت",
      "initiative",
      "initiatives",
      "project",
      "projects",
      "programme",
      "program",
      "action",
      "actions",
    ],
  ],
  [
    entity("kpi"),
    [
      "شاخص",
      "شاخصها",
      "شاخص کلیدی",
      "شاخص کلیدی عملکرد",
      "kpi",
      "kpis",
      "indicator",
      "indicators",
      "metric",
      "measure",
    ],
  ],
  [field("id"), ["کد", "شناسه", "code", "id", "ref", "no", "number", "key"]],
  [field("title"), ["عنوان", "شرح", "نام", "متن", "title", "name", "description"]],
  [
    field("pillar"),
    ["محور", "محور راهبردی", "محورها", "حوزه", "pillar", "theme", "strategic theme", "area"],
  ],
  [field("level"), ["سطح", "level", "tier"]],
  [
    field("legalBasis"),
    [
      "مبنای قانونی",
      "الزام قانونی",
      "الزامات قانونی",
      "مستند قانونی",
      "ماده",
      "بند",
      "legal basis",
      "legal requirement",
      "law",
      "article",
    ],
  ],
  [
    field("budgetCeiling"),
    ["سقف اعتبار", "سقف بودجه", "سقف", "budget ceiling", "ceiling", "budget cap", "cap"],
  ],
  [field("parent"), ["بالادست", "والد", "مادر", "فرادست", "parent", "higher level", "upper level"]],
  [
    field("owner"),
    [
      "مسئول",
      "مسئول اجرا",
      "متولی",
      "واحد مسئول",
      "مجری",
      "owner",
      "responsible",
      "lead",
      "accountable",
      "responsible unit",
    ],
  ],
  [
    field("start"),
    ["تاریخ شروع", "شروع", "آغاز", "تاریخ آغاز", "start", "start date", "from", "begin", "begins"],
  ],
  [
    field("end"),
    [
      "تاریخ پایان",
      "پایان",
      "خاتمه",
      "مهلت",
      "تاریخ خاتمه",
      "end",
      "end date",
      "to",
      "due",
      "finish",
      "deadline",
    ],
  ],
  [field("weight"), ["وزن", "ضریب", "ضریب اهمیت", "weight", "weighting"]],
  [field("district"), ["منطقه", "مناطق", "ناحیه", "region", "district", "zone"]],
  [field("status"), ["وضعیت", "وضعیت اجرا", "status", "state", "progress status"]],
  [field("unit"), ["واحد", "واحد سنجش", "واحد اندازه گیری", "unit", "uom", "unit of measure"]],
  [field("direction"), ["جهت", "جهت مطلوب", "قطبیت", "direction", "polarity"]],
  [
    field("baseline"),
    [
      "مقدار پایه",
      "وضع موجود",
      "خط مبنا",
      "پایه",
      "مبنا",
      "baseline",
      "base",
      "base value",
      "current",
    ],
  ],
  [
    measure("target"),
    ["مقدار هدف", "وضع مطلوب", "هدفگذاری", "هدف گذاری", "مقدار مطلوب", "target", "target value"],
  ],
  [
    measure("actual"),
    ["مقدار واقعی", "مقدار تحقق", "تحقق", "واقعی", "actual", "achieved", "result", "actual value"],
  ],
  [field("frequency"), ["تناوب", "تناوب اندازه گیری", "دوره تناوب", "frequency", "periodicity"]],
  [field("thresholds"), ["آستانه", "آستانهها", "threshold", "thresholds"]],
  [field("aggregation"), ["روش تجمیع", "تجمیع", "aggregation", "rollup", "roll up"]],
  [field("period"), ["دوره", "دوره زمانی", "period", "quarter", "month"]],
  [field("value"), ["مقدار", "value"]],
  [field("year"), ["سال", "سال مالی", "year", "fiscal year"]],
  [
    field("source"),
    [
      "منبع",
      "منبع تامین",
      "منبع تامین اعتبار",
      "منبع اعتبار",
      "منابع",
      "source",
      "funding source",
      "fund",
      "funding",
    ],
  ],
  [field("kind"), ["نوع", "نوع اعتبار", "نوع هزینه", "kind", "type", "category"]],
  [
    measure("approved"),
    [
      "مصوب",
      "اعتبار مصوب",
      "بودجه مصوب",
      "اعتبار",
      "بودجه",
      "تخصیص",
      "اعتبار پیشنهادی",
      "پیشنهادی",
      "approved",
      "budget",
      "planned",
      "allocated",
      "appropriation",
      "allocation",
    ],
  ],
  [
    measure("spent"),
    [
      "هزینه شده",
      "هزینهشده",
      "جذب",
      "جذب شده",
      "هزینه",
      "عملکرد",
      "spent",
      "expenditure",
      "expense",
      "absorbed",
      "actual spend",
    ],
  ],
];

const LATIN = /^[\x20-\x7e]+$/;

interface Phrase {
  text: string;
  token: Token;
  latin: boolean;
}

/** Longest first, so «مقدار هدف» is read before «هدف» and "start date" before "start". */
const PHRASES: Phrase[] = WORDS.flatMap(([token, words]) =>
  words.map((word) => {
    const text = canonicalWords(word);
    const latin = LATIN.test(text);
    return { text: latin ? text : text.replace(/ /g, ""), token, latin };
  })
).sort((a, b) => b.text.length - a.text.length);

/** «عملکرد» is a KPI's actual in a KPI sheet and the amount spent in a budget sheet. */
export const AMBIGUOUS_ACTUAL = new Set(["عملکرد", "actual"]);

export interface HeaderReading {
  tokens: Token[];
  /** The words that were read as tokens, per token (for «عملکرد» and the like). */
  words: string[];
  /** A four-digit year in the header, if any: 1300–1500 (Jalali) or 1900–2200. */
  year?: number;
  /** Text left over once every known word is taken out. */
  rest: string;
}

const YEAR = /(?:^|[^\d])(1[34]\d\d|1500|19\d\d|2[01]\d\d)(?!\d)/;

/** What a header says. Matching is on canonical text, so spelling variants of ی/ي, ZWNJ and spacing agree. */
/** A header's canonical words, and its Latin and Persian parts as phrases are looked for in them. */
function headerParts(header: string) {
  const words = canonicalWords(header)
    .replace(/[^\p{L}\p{N}%#.]+/gu, " ")
    .trim();
  return {
    words,
    latin: ` ${words.replace(/[^\x20-\x7e]+/g, " ")} `,
    persian: words.replace(/[\x20-\x7e]+/g, ""),
  };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ANY_LATIN = new RegExp(
  ` (?:${PHRASES.filter((p) => p.latin)
    .map((p) => escaped(p.text))
    .join("|")}) `
);
const ANY_PERSIAN = new RegExp(
  PHRASES.filter((p) => !p.latin)
    .map((p) => escaped(p.text))
    .join("|")
);

/**
 * Whether a text holds any header word, as readHeader would find one, but in one regular expression
 * per script: detection asks this of every cell of a sheet's first rows, most of them data.
 */
export function hasHeaderWord(header: string): boolean {
  const { latin, persian } = headerParts(header);
  return ANY_LATIN.test(latin) || ANY_PERSIAN.test(persian);
}

export function readHeader(header: string): HeaderReading {
  const parts = headerParts(header);
  const words = parts.words;
  let { latin, persian } = parts;
  const found: { at: number; token: Token; word: string }[] = [];
  for (const phrase of PHRASES) {
    if (phrase.latin) {
      const at = latin.indexOf(` ${phrase.text} `);
      if (at < 0) continue;
      found.push({ at: at + 1000, token: phrase.token, word: phrase.text });
      latin =
        latin.slice(0, at) +
        " ".repeat(phrase.text.length + 1) +
        latin.slice(at + phrase.text.length + 1);
    } else {
      const at = persian.indexOf(phrase.text);
      if (at < 0) continue;
      found.push({ at, token: phrase.token, word: phrase.text });
      persian =
        persian.slice(0, at) +
        "·".repeat(phrase.text.length) +
        persian.slice(at + phrase.text.length);
    }
  }
  found.sort((a, b) => a.at - b.at);
  const year = YEAR.exec(words); // canonical text: Persian digits are already ASCII
  return {
    tokens: found.map((f) => f.token),
    words: found.map((f) => f.word),
    year: year ? Number(year[1]) : undefined,
    rest: (latin.trim() + persian.replace(/[·\d]/g, "")).replace(/[\d\s.%#]+/g, ""),
  };
}
