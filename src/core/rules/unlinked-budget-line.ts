import type { Rule } from "./rule";

export const unlinkedBudgetLine: Rule = {
  meta: {
    id: "unlinked-budget-line",
    entity: "budget",
    defaultSeverity: "error",
    messages: {
      en: "This budget line names no initiative, so its money is tied to nothing in the plan.",
      fa: "این ردیف بودجه به هیچ اقدامی اشاره نمی‌کند، پس اعتبارش به هیچ بخشی از سند گره نخورده است.",
    },
    description: {
      en: "Every budget line must name the initiative it funds; otherwise its amounts count towards no initiative, goal or policy, and totals by initiative fall short.",
      fa: "هر ردیف بودجه باید اقدامی را که تأمین می‌کند نام ببرد؛ وگرنه مبالغش در حساب هیچ اقدام، هدف یا سیاستی نمی‌آید و جمع‌ها به تفکیک اقدام کمتر از واقع می‌شوند.",
    },
  },
  check({ plan, report }) {
    if (!plan.mapped.has("budget")) return;
    for (const line of plan.budget) {
      if (line.initiative || line.columns.initiative === undefined) continue;
      report({ origin: line, field: "initiative" });
    }
  },
};
