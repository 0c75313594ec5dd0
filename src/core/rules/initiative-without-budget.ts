import type { Rule } from "./rule";

export const initiativeWithoutBudget: Rule = {
  meta: {
    id: "initiative-without-budget",
    entity: "initiative",
    defaultSeverity: "warning",
    messages: {
      en: "Initiative {code} has no budget line.",
      fa: "اقدام {code} هیچ ردیف بودجه‌ای ندارد.",
    },
    description: {
      en: "An initiative without funding cannot be carried out. Each initiative needs at least one budget line that names it, with an approved or spent amount.",
      fa: "اقدامی که اعتبار ندارد اجراشدنی نیست. هر اقدام دست‌کم به یک ردیف بودجه نیاز دارد که به آن اشاره کند و مبلغ مصوب یا هزینه‌شده داشته باشد.",
    },
  },
  check({ plan, index, report }) {
    if (!plan.mapped.has("budget")) return;
    for (const i of plan.initiatives) {
      if (!i.key || index.budgetByInitiative.has(i.key)) continue; // no code: missing-required's
      report({ origin: i, field: "id", id: i.code, params: { code: i.code } });
    }
  },
};
