import type { Lang } from "../i18n";
import { fieldLabel } from "../mapping/labels";
import { fieldDef, type Role } from "../mapping/roles";
import { enumWords } from "../normalize/enums";
import type { Rule } from "./rule";
import { cellText } from "./show";

const SEPARATOR: Readonly<Record<Lang, string>> = { en: ", ", fa: "، " };

/** The words a field accepts, as the message lists them. */
function acceptedWords(role: Role, field: string, lang: Lang): string {
  const values = fieldDef(role, field)?.values;
  return values ? enumWords(values, lang).join(SEPARATOR[lang]) : "";
}

export const invalidEnum: Rule = {
  meta: {
    id: "invalid-enum",
    entity: "any",
    defaultSeverity: "warning",
    messages: {
      en: 'The {field} "{value}" is not recognised; write one of: {accepted}.',
      fa: "واژهٔ «{value}» برای «{field}» شناخته‌شده نیست؛ یکی از این‌ها را بنویسید: {accepted}.",
    },
    description: {
      en: "A direction, status, frequency, aggregation or budget kind must be one of the words the plan understands, or it is ignored: a KPI without a readable direction has no progress, an initiative without a readable status is left out of status counts. Many spellings are accepted in both languages («افزایشی», «افزایش», higher is better, ↑).",
      fa: "جهت مطلوب، وضعیت، تناوب اندازه‌گیری، روش تجمیع یا نوع ردیف بودجه باید یکی از واژه‌های شناخته‌شده باشد، وگرنه نادیده گرفته می‌شود: پیشرفت شاخصی که جهتش خوانده نشود سنجیده نمی‌شود و اقدامی که وضعیتش خوانده نشود در شمارش وضعیت‌ها نمی‌آید. نگارش‌های گوناگون در هر دو زبان پذیرفته می‌شوند («افزایشی»، «افزایش»، higher is better، ↑).",
    },
  },
  check({ plan, lang, report }) {
    const accepted = new Map<string, string>();
    for (const issue of plan.issues) {
      if (issue.kind !== "enum") continue;
      const key = `${issue.role}.${issue.field}`;
      let words = accepted.get(key);
      if (words === undefined)
        accepted.set(key, (words = acceptedWords(issue.role, issue.field, lang)));
      report({
        entity: issue.role,
        origin: issue.origin,
        column: issue.column,
        id: issue.code,
        params: {
          field: fieldLabel(issue.role, issue.field, lang),
          value: cellText(issue.value),
          accepted: words,
        },
      });
    }
  },
};
