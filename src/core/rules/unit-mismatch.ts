import type { Rule } from "./rule";

export const unitMismatch: Rule = {
  meta: {
    id: "unit-mismatch",
    entity: "kpi",
    defaultSeverity: "error",
    messages: {
      en: "Unit {unit} differs from {parentUnit}, the unit of parent KPI {parent}.",
      fa: "واحد سنجش «{unit}» با «{parentUnit}»، واحد سنجش شاخص بالادست {parent}، یکی نیست.",
    },
    description: {
      en: "A KPI that cascades from a parent KPI must be measured in the parent's unit, or its target and actuals cannot be compared with the parent's or rolled up into it. Units compare by meaning, so % and «درصد» are the same unit.",
      fa: "شاخصی که از یک شاخص بالادست منشعب می‌شود باید با همان واحد سنجش اندازه‌گیری شود؛ وگرنه مقدار هدف و مقدار واقعی آن با شاخص بالادست مقایسه‌پذیر نیست و در آن تجمیع نمی‌شود. واحدها بر پایهٔ معنا مقایسه می‌شوند، پس % و «درصد» یک واحدند.",
    },
  },
  check({ plan, index, report }) {
    for (const kpi of plan.kpis) {
      if (!kpi.parent || kpi.unitKey === undefined) continue;
      const parent = index.kpis.get(kpi.parent.key);
      if (!parent || parent === kpi || parent.unitKey === undefined) continue;
      if (parent.unitKey === kpi.unitKey) continue;
      report({
        origin: kpi,
        field: "unit",
        id: kpi.code || parent.code || undefined,
        params: {
          unit: kpi.unit ?? "",
          parentUnit: parent.unit ?? "",
          parent: parent.code,
        },
        related: [{ origin: parent, field: "unit" }],
      });
    }
  },
};
