import type { Lang } from "../i18n";
import { fieldLabel } from "../mapping/labels";
import { isCellError } from "../snapshot/workbook-snapshot";
import type { Rule } from "./rule";
import { cellText } from "./show";

type Reason = "impossible" | "ambiguous" | "unparseable" | "error" | "text";

/** Why the cell cannot be read, and how to write it instead. */
const REASONS: Readonly<Record<Reason, Readonly<Record<Lang, string>>>> = {
  impossible: {
    en: "this date does not exist in its calendar (check the month and the day)",
    fa: "چنین تاریخی در تقویمش وجود ندارد (ماه و روز را بررسی کنید)",
  },
  ambiguous: {
    en: "it can be read more than one way; write the year first, in four digits, e.g. 1397/02/23",
    fa: "می‌شود آن را به بیش از یک شکل خواند؛ سال را اول و چهاررقمی بنویسید، مثلاً ۱۳۹۷/۰۲/۲۳",
  },
  unparseable: {
    en: "it is not a date; write it like 1402/07/15",
    fa: "این مقدار تاریخ نیست؛ آن را مانند ۱۴۰۲/۰۷/۱۵ بنویسید",
  },
  error: {
    en: "the cell holds an Excel error; correct its formula or type the date",
    fa: "خانه خطای اکسل دارد؛ فرمولش را درست کنید یا تاریخ را بنویسید",
  },
  text: {
    en: "it is not a year; write the year in four digits, e.g. 1402",
    fa: "این مقدار سال نیست؛ سال را چهاررقمی بنویسید، مثلاً ۱۴۰۲",
  },
};

export const invalidDate: Rule = {
  meta: {
    id: "invalid-date",
    entity: "any",
    defaultSeverity: "error",
    messages: {
      en: 'The {field} "{value}" cannot be read: {reason}.',
      fa: "مقدار «{value}» در «{field}» خوانده نمی‌شود: {reason}.",
    },
    description: {
      en: "A start, end or budget year that cannot be read as a date is left out of every date check and timeline. Impossible dates (1399/13/01, or 1400/12/30 in a year that is not leap) and ambiguous ones (97/2/23, 03/04/2024) are reported, never guessed.",
      fa: "تاریخ شروع، تاریخ پایان یا سال بودجه‌ای که به‌صورت تاریخ خوانده نشود از همهٔ بررسی‌های زمانی و گاه‌شمار کنار می‌ماند. تاریخ‌های ناممکن (۱۳۹۹/۱۳/۰۱، یا ۱۴۰۰/۱۲/۳۰ در سالی که کبیسه نیست) و تاریخ‌های دوپهلو (۹۷/۲/۲۳، 03/04/2024) گزارش می‌شوند و هرگز حدس زده نمی‌شوند.",
    },
  },
  check({ plan, lang, report }) {
    for (const issue of plan.issues) {
      if (issue.kind !== "date") continue;
      // An error value reads "not a year" in a year field; its own reason says more.
      const reason: Reason = isCellError(issue.value)
        ? "error"
        : issue.reason in REASONS
          ? (issue.reason as Reason)
          : "unparseable";
      report({
        entity: issue.role,
        origin: issue.origin,
        column: issue.column,
        id: issue.code,
        params: {
          field: fieldLabel(issue.role, issue.field, lang),
          value: cellText(issue.value),
          reason: REASONS[reason][lang],
        },
      });
    }
  },
};
