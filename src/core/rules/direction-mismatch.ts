import { enumWord, DIRECTIONS } from "../normalize/enums";
import type { Rule } from "./rule";

export const directionMismatch: Rule = {
  meta: {
    id: "direction-mismatch",
    entity: "kpi",
    defaultSeverity: "error",
    messages: {
      en: "Direction {direction} differs from {parentDirection}, the direction of parent KPI {parent}.",
      fa: "جهت مطلوب «{direction}» با «{parentDirection}»، جهت مطلوب شاخص بالادست {parent}، یکی نیست.",
    },
    description: {
      en: "A KPI that cascades from a parent KPI, in this plan or in the higher-level plan, measures the same indicator, so better must mean the same on both: a child to be raised under a parent to be lowered pulls the plan against its commitment.",
      fa: "شاخصی که از یک شاخص بالادست (در همین سند یا در برنامهٔ بالادست) منشعب می‌شود همان شاخص را می‌سنجد، پس «بهتر» باید برای هر دو یک معنا داشته باشد: زیرشاخصی که باید افزایش یابد زیر شاخص بالادستی که باید کاهش یابد، سند را برخلاف تعهدش می‌کشد.",
    },
  },
  check({ plan, index, lang, report }) {
    for (const kpi of plan.kpis) {
      if (!kpi.parent || kpi.direction === undefined) continue;
      const parent = index.kpis.get(kpi.parent.key);
      if (!parent || parent === kpi || parent.direction === undefined) continue;
      if (parent.direction === kpi.direction) continue;
      report({
        origin: kpi,
        field: "direction",
        id: kpi.code || parent.code || undefined,
        params: {
          direction: enumWord(DIRECTIONS, kpi.direction, lang),
          parentDirection: enumWord(DIRECTIONS, parent.direction, lang),
          parent: parent.code,
        },
        related: [{ origin: parent, field: "direction" }],
      });
    }
  },
};
