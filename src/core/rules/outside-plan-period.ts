import type { Lang } from "../i18n";
import { fieldLabel } from "../mapping/labels";
import type { Goal, Initiative, PlanDate } from "../model/plan";
import { toGregorianParts, toJalaliParts } from "../normalize/date";
import type { PlanCell, Rule } from "./rule";
import { showDate } from "./show";

/** The plan period's bounds keep no precision: a bound on a year's first or last day reads as that year. */
function periodBound(day: number, bound: "start" | "end", lang: Lang): string {
  const edge = bound === "start" ? day : day + 1;
  const j = toJalaliParts(edge);
  const g = toGregorianParts(edge);
  const whole = (j.jm === 1 && j.jd === 1) || (g.gm === 1 && g.gd === 1);
  return showDate(day, whole ? "year" : "day", lang);
}

const RANGE: Readonly<Record<Lang, (from: string, to: string) => string>> = {
  en: (from, to) => (from === to ? from : `${from} – ${to}`),
  fa: (from, to) => (from === to ? from : `${from} تا ${to}`),
};
const OPEN_RANGE: Readonly<
  Record<Lang, { from: (d: string) => string; to: (d: string) => string }>
> = {
  en: { from: (d) => `from ${d}`, to: (d) => `until ${d}` },
  fa: { from: (d) => `از ${d}`, to: (d) => `تا ${d}` },
};

/** The bound a date breaks, as the message's {why}. */
const WHY: Readonly<
  Record<
    "period" | "goal" | "parent",
    Readonly<Record<Lang, (span: string, code?: string) => string>>
  >
> = {
  period: {
    en: (span) => `the plan period (${span})`,
    fa: (span) => `دورهٔ برنامه (${span})`,
  },
  goal: {
    en: (span, code) => `the dates of goal ${code} (${span})`,
    fa: (span, code) => `بازهٔ زمانی هدف ${code} (${span})`,
  },
  parent: {
    en: (span, code) => `the dates of parent goal ${code} (${span})`,
    fa: (span, code) => `بازهٔ زمانی هدف بالادست ${code} (${span})`,
  },
};

export const outsidePlanPeriod: Rule = {
  meta: {
    id: "outside-plan-period",
    entity: "any",
    defaultSeverity: "warning",
    messages: {
      en: "This {field} date ({date}) falls outside {why}.",
      fa: "تاریخ {field} ({date}) بیرون از {why} است.",
    },
    description: {
      en: "Goals and initiatives should fit in the time that contains them: the plan period when one is configured, an initiative within its goal's dates, a goal within its parent goal's. A date outside them is often a mistyped year, or work the plan does not cover.",
      fa: "هدف‌ها و اقدام‌ها باید در بازهٔ زمانی دربرگیرندهٔ خود بگنجند: دورهٔ برنامه اگر تعیین شده باشد، اقدام در بازهٔ هدفش و هدف در بازهٔ هدف بالادستش. تاریخی که بیرون از آن بیفتد اغلب سالی اشتباه‌تایپ‌شده است یا کاری که برنامه آن را در بر نمی‌گیرد.",
    },
  },
  check({ plan, index, settings, lang, report }) {
    // Dates repeat across thousands of rows: each is converted and formatted once.
    const shown = new Map<number, string>();
    const show = ({ day, precision }: PlanDate) => {
      const key = day * 3 + (precision === "day" ? 0 : precision === "month" ? 1 : 2);
      let text = shown.get(key);
      if (text === undefined) shown.set(key, (text = showDate(day, precision, lang)));
      return text;
    };
    const spans = new Map<Goal, string>();
    const spanOf = (goal: Goal) => {
      let span = spans.get(goal);
      if (span === undefined) {
        const from = goal.start && show(goal.start);
        const to = goal.end && show(goal.end);
        span =
          from && to
            ? RANGE[lang](from, to)
            : from
              ? OPEN_RANGE[lang].from(from)
              : OPEN_RANGE[lang].to(to ?? "");
        spans.set(goal, span);
      }
      return span;
    };
    const period = settings.planPeriod;
    const periodWhy =
      period &&
      WHY.period[lang](
        RANGE[lang](periodBound(period.start, "start", lang), periodBound(period.end, "end", lang))
      );

    const checkDates = (e: Goal | Initiative, container: Goal | undefined) => {
      for (const field of ["start", "end"] as const) {
        const date = e[field];
        if (!date) continue;
        const day = date.day;
        let why: string;
        let related: PlanCell[] | undefined;
        if (period && periodWhy && (day < period.start || day > period.end)) {
          why = periodWhy;
        } else if (container) {
          const side =
            container.start && day < container.start.day
              ? "start"
              : container.end && day > container.end.day
                ? "end"
                : undefined;
          if (!side) continue;
          why = WHY[e.role === "goal" ? "parent" : "goal"][lang](spanOf(container), container.code);
          related = [{ origin: container, field: side }];
        } else continue;
        report({
          entity: e.role,
          origin: e,
          field,
          id: e.code || undefined,
          params: { field: fieldLabel(e.role, field, lang), date: show(date), why },
          related,
        });
      }
    };

    for (const g of plan.goals) {
      const parent = g.parent && index.goals.get(g.parent.key);
      checkDates(g, parent && parent !== g ? parent : undefined);
    }
    for (const i of plan.initiatives) checkDates(i, i.goal && index.goals.get(i.goal.key));
  },
};
