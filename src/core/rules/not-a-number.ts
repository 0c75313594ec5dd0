import { fieldLabel } from "../mapping/labels";
import type { Rule } from "./rule";
import { cellText } from "./show";

export const notANumber: Rule = {
  meta: {
    id: "not-a-number",
    entity: "any",
    defaultSeverity: "error",
    messages: {
      en: 'The {field} cell holds "{value}", which is not a number.',
      fa: "مقدار «{value}» در خانهٔ «{field}» عدد نیست.",
    },
    description: {
      en: "Baselines, targets, actuals, weights, ceilings and budget amounts must be numbers, or they are left out of every sum and progress. Persian digits, ٬ or , thousands, ٫ or / decimals, % or «درصد» and (1,200) for negatives are all read; words, units typed into the cell, TRUE/FALSE and Excel errors are not.",
      fa: "مقدار پایه، مقدار هدف، مقدار واقعی، وزن، سقف اعتبار و مبلغ‌های بودجه باید عدد باشند، وگرنه از همهٔ جمع‌ها و محاسبهٔ پیشرفت کنار می‌مانند. رقم فارسی، جداکنندهٔ هزارگان ٬ یا ,، ممیز ٫ یا /، علامت ٪ یا واژهٔ «درصد» و (1,200) برای عدد منفی خوانده می‌شوند؛ اما عدد به حروف، واحدی که در خانه نوشته شود، TRUE/FALSE و خطاهای اکسل نه.",
    },
  },
  check({ plan, lang, report }) {
    for (const issue of plan.issues) {
      if (issue.kind !== "number") continue;
      report({
        entity: issue.role,
        origin: issue.origin,
        column: issue.column,
        id: issue.code,
        params: {
          field: fieldLabel(issue.role, issue.field, lang),
          value: cellText(issue.value),
        },
      });
    }
  },
};
