import { localizeDigits, type Lang } from "../i18n";
import {
  isGregorianYear,
  isJalaliYear,
  parseDate,
  toGregorianParts,
  toJalaliParts,
} from "../normalize/date";
import type { Code, Initiative } from "../model/plan";
import type { PlanCell, Rule } from "./rule";

/** How the initiative's years read: both ends, or the one it has. */
const SPAN: Readonly<Record<Lang, (from?: string, to?: string) => string>> = {
  en: (from, to) =>
    from && to ? (from === to ? from : `${from}–${to}`) : from ? `from ${from} on` : `until ${to}`,
  fa: (from, to) =>
    from && to
      ? from === to
        ? from
        : `${from} تا ${to}`
      : from
        ? `از ${from} به بعد`
        : `تا ${to}`,
};

export const budgetOutsideDates: Rule = {
  meta: {
    id: "budget-outside-dates",
    entity: "budget",
    defaultSeverity: "warning",
    messages: {
      en: "Budget for {year} lies outside the years of initiative {initiative} ({span}).",
      fa: "بودجهٔ سال {year} بیرون از سال‌های اجرای اقدام {initiative} ({span}) است.",
    },
    description: {
      en: "Money is planned for a year in which its initiative does not run, judged by the initiative's start and end. A Jalali budget year (1300–1500) is compared with the Jalali years of those dates, a Gregorian one (1900–2200) with their Gregorian years.",
      fa: "برای سالی اعتبار در نظر گرفته شده که اقدامش در آن سال اجرا نمی‌شود؛ ملاک، تاریخ شروع و پایان اقدام است. سال بودجهٔ شمسی (۱۳۰۰ تا ۱۵۰۰) با سال‌های شمسی آن تاریخ‌ها و سال میلادی (۱۹۰۰ تا ۲۲۰۰) با سال‌های میلادی آن‌ها سنجیده می‌شود.",
    },
  },
  check({ plan, index, lang, report }) {
    const digits = lang === "fa" ? "persian" : "latin";
    // A year's first and last day (Jalali 1300–1500, Gregorian 1900–2200), once per year.
    const bounds = new Map<number, { first: number; last: number } | null>();
    const boundsOf = (year: number) => {
      let b = bounds.get(year);
      if (b === undefined) {
        if (!isJalaliYear(year) && !isGregorianYear(year)) {
          bounds.set(year, null);
          return null;
        }
        const first = parseDate(year, "start");
        const last = parseDate(year, "end");
        b =
          first.kind === "date" && last.kind === "date"
            ? { first: first.day, last: last.day }
            : null;
        bounds.set(year, b);
      }
      return b;
    };
    const yearOf = (day: number | undefined, jalali: boolean) =>
      day === undefined ? undefined : jalali ? toJalaliParts(day).jy : toGregorianParts(day).gy;
    const show = (y: number | undefined) =>
      y === undefined ? undefined : localizeDigits(String(y), digits);

    // The lines of one wide row share their initiative's code: it is looked up once per row.
    let ref: Code | undefined;
    let initiative: Initiative | undefined;
    for (const line of plan.budget) {
      const year = line.year;
      if (year === undefined || !line.initiative) continue;
      const days = boundsOf(year);
      if (!days) continue;
      if (line.initiative !== ref) initiative = index.initiatives.get((ref = line.initiative).key);
      if (!initiative || (!initiative.start && !initiative.end)) continue;
      const { start, end } = initiative;
      // The year ends before the initiative starts, or starts after it ends.
      if ((!start || days.last >= start.day) && (!end || days.first <= end.day)) continue;
      const jalali = isJalaliYear(year);

      const columns = line.columns;
      const related: PlanCell[] = [];
      if (initiative.start) related.push({ origin: initiative, field: "start" });
      if (initiative.end) related.push({ origin: initiative, field: "end" });
      report({
        origin: line,
        column:
          columns.year ??
          // Wide sheets carry the year in the amount columns' headers: point at one that is filled.
          (line.approved === undefined && line.spent !== undefined
            ? columns.spent
            : (columns.approved ?? columns.spent)),
        id: line.initiative.code,
        params: {
          year: localizeDigits(String(year), digits),
          initiative: line.initiative.code,
          span: SPAN[lang](show(yearOf(start?.day, jalali)), show(yearOf(end?.day, jalali))),
        },
        related,
      });
    }
  },
};
