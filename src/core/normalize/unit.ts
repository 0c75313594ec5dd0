import { enumKey, enumLookup } from "./enums";

/** Units that are one unit however written; anything else compares by its canonical spelling. */
const UNIT_SYNONYMS = enumLookup({
  "%": ["درصد", "percent", "percentage", "pct", "٪"],
  count: ["عدد", "تعداد", "مورد", "number", "no", "#", "items"],
  tonne: ["تن", "ton", "tons", "tonnes", "t"],
  "billion-rials": ["میلیارد ریال", "billion rials", "bn rials", "billion irr"],
  "million-rials": ["میلیون ریال", "million rials", "mn rials", "million irr"],
  rial: ["ریال", "rials", "irr"],
  score: ["امتیاز", "نمره", "points"],
  day: ["روز", "days"],
  hour: ["ساعت", "hours", "hr"],
  km: ["کیلومتر", "kilometre", "kilometer", "kilometres", "kilometers"],
  m2: ["متر مربع", "square metre", "square meter", "sqm", "m²"],
  person: ["نفر", "people", "persons"],
});

/** The unit's comparable form: "%", «درصد» and "Percent" are all "%". */
export function unitKey(unit: string): string {
  const key = enumKey(unit);
  return UNIT_SYNONYMS.get(key) ?? key;
}

export const isPercentUnit = (key: string | undefined) => key === "%";
