import type { Rule } from "./rule";
import { showDate } from "./show";

export const dateOrder: Rule = {
  meta: {
    id: "date-order",
    entity: "any",
    defaultSeverity: "error",
    messages: {
      en: "The end ({end}) is before the start ({start}).",
      fa: "تاریخ پایان ({end}) پیش از تاریخ شروع ({start}) است.",
    },
    description: {
      en: "A goal or initiative cannot end before it starts; one of the two dates is wrong, often a swapped pair or a mistyped year. A year or month alone counts from its first day as a start and to its last day as an end, so 1402 to 1402 is a valid span.",
      fa: "هدف یا اقدام نمی‌تواند پیش از شروع به پایان برسد؛ یکی از دو تاریخ نادرست است، اغلب جابه‌جا نوشته شده یا سالش اشتباه تایپ شده است. سال یا ماه تنها، در شروع از نخستین روزش و در پایان تا واپسین روزش حساب می‌شود، پس ۱۴۰۲ تا ۱۴۰۲ بازه‌ای درست است.",
    },
  },
  check({ plan, lang, report }) {
    for (const list of [plan.goals, plan.initiatives]) {
      for (const e of list) {
        if (!e.start || !e.end || e.start.day <= e.end.day) continue;
        report({
          entity: e.role,
          origin: e,
          field: "end",
          id: e.code || undefined,
          params: {
            start: showDate(e.start.day, e.start.precision, lang),
            end: showDate(e.end.day, e.end.precision, lang),
          },
          related: [{ origin: e, field: "start" }],
        });
      }
    }
  },
};
