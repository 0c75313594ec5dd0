import { localizeDigits, type Lang } from "../i18n";
import { fieldLabel } from "../mapping/labels";
import type { Rule } from "./rule";

const WORDS: Readonly<
  Record<Lang, { increase: string; decrease: string; below: string; above: string }>
> = {
  en: {
    increase: "increasing (higher is better)",
    decrease: "decreasing (lower is better)",
    below: "below",
    above: "above",
  },
  fa: { increase: "افزایشی", decrease: "کاهشی", below: "کمتر از", above: "بیشتر از" },
};

/** "target", or the per-year target's "1403 target" / «مقدار هدف سال ۱۴۰۳». */
const WHICH: Readonly<Record<Lang, (year?: number) => string>> = {
  en: (year) => (year === undefined ? "target" : `${year} target`),
  fa: (year) =>
    year === undefined
      ? fieldLabel("kpi", "target", "fa")
      : `${fieldLabel("kpi", "target", "fa")} سال ${localizeDigits(String(year), "persian")}`,
};

export const targetAgainstDirection: Rule = {
  meta: {
    id: "target-against-direction",
    entity: "kpi",
    defaultSeverity: "error",
    messages: {
      en: "The {which} {target} is {side} the baseline {baseline}, but the KPI's direction is {direction}.",
      fa: "{which} ({target}) {side} مقدار پایه ({baseline}) است، اما جهت مطلوب شاخص {direction} است.",
    },
    description: {
      en: "A target must lie on the good side of the baseline: above it when higher is better, below it when lower is better. A target on the wrong side is usually a swapped baseline and target, or a wrong direction. Per-year targets are checked too; a KPI to maintain is never reported.",
      fa: "مقدار هدف باید در سمت مطلوب مقدار پایه باشد: بیشتر از آن وقتی جهت افزایشی است و کمتر از آن وقتی کاهشی است. هدفی که در سمت نادرست باشد معمولاً نشانهٔ جابه‌جا نوشتن مقدار پایه و هدف یا جهت نادرست است. هدف‌های سالانه هم بررسی می‌شوند؛ شاخصی که باید ثابت بماند هرگز گزارش نمی‌شود.",
    },
  },
  check({ plan, lang, report }) {
    const words = WORDS[lang];
    for (const k of plan.kpis) {
      const { direction, baseline } = k;
      if ((direction !== "increase" && direction !== "decrease") || baseline === undefined)
        continue;
      const wrong = (target: number) =>
        direction === "increase" ? target < baseline : target > baseline;
      const check = (target: number, column: number | undefined, year?: number) => {
        if (!wrong(target)) return;
        report({
          origin: k,
          field: "target",
          column,
          id: k.code || undefined,
          params: {
            which: WHICH[lang](year),
            target,
            baseline,
            side: direction === "increase" ? words.below : words.above,
            direction: words[direction],
          },
          related: [{ origin: k, field: "baseline" }],
        });
      };
      if (k.target !== undefined) check(k.target, undefined);
      for (const t of k.yearTargets) check(t.value, t.column, t.year);
    }
  },
};
