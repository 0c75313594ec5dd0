import type { Rule } from "./rule";

export const duplicateId: Rule = {
  meta: {
    id: "duplicate-id",
    entity: "any",
    defaultSeverity: "error",
    messages: {
      en: "Code {code} is used again: it first appears in row {first}.",
      fa: "کد {code} تکراری است: نخستین بار در ردیف {first} آمده است.",
    },
    description: {
      en: "Each policy, goal, initiative and KPI needs a code of its own; a repeated code makes every link to it ambiguous. Codes compare after normalisation, so «۱-۲» and 1-2 are the same code.",
      fa: "هر سیاست، هدف، اقدام و شاخص باید کد یکتای خود را داشته باشد؛ کد تکراری هر پیوندی به آن را مبهم می‌کند. کدها پس از یکسان‌سازی مقایسه می‌شوند، پس «۱-۲» و 1-2 یک کدند.",
    },
  },
  check({ plan, index, report }) {
    // The index keeps each code's first row: any other row with that code repeats it.
    const lists = [
      [plan.policies, index.policies],
      [plan.goals, index.goals],
      [plan.initiatives, index.initiatives],
      [plan.kpis, index.kpis],
    ] as const;
    for (const [list, first] of lists) {
      // Without repeats the index holds every coded row: the common case, found without a lookup.
      let coded = 0;
      for (const entity of list) if (entity.key) coded++;
      if (coded === first.size) continue;
      for (const entity of list) {
        const earlier = entity.key ? first.get(entity.key) : undefined;
        if (!earlier || earlier === entity) continue;
        report({
          entity: entity.role,
          origin: entity,
          field: "id",
          id: entity.code,
          params: { code: entity.code, first: earlier.row },
          related: [{ origin: earlier, field: "id" }],
        });
      }
    }
  },
};
