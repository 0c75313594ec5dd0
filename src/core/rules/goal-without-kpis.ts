import type { Rule } from "./rule";

export const goalWithoutKpis: Rule = {
  meta: {
    id: "goal-without-kpis",
    entity: "goal",
    defaultSeverity: "warning",
    messages: {
      en: "Nothing measures goal {code}: no KPI on it, on its initiatives or on the goals below it.",
      fa: "هیچ شاخصی هدف {code} را نمی‌سنجد: نه برای خود هدف، نه برای اقدام‌هایش و نه برای زیرهدف‌هایش.",
    },
    description: {
      en: "Progress towards a goal can only be monitored through KPIs. A goal is measured by a KPI that names it, a KPI on one of its initiatives, or a KPI anywhere under its sub-goals.",
      fa: "پیشرفت یک هدف فقط با شاخص پایش می‌شود. هدفی سنجیده‌شده به شمار می‌آید که شاخصی به خود آن، به یکی از اقدام‌هایش یا به یکی از زیرهدف‌هایش یا اقدام‌های آن‌ها اشاره کند.",
    },
  },
  check({ plan, index, report }) {
    if (!plan.mapped.has("kpi")) return;
    // Goals measured directly: a KPI names the goal, or one of its initiatives.
    const direct = new Set<string>();
    for (const key of index.kpisByGoal.keys()) direct.add(key);
    for (const i of plan.initiatives)
      if (i.goal && index.kpisByInitiative.has(i.key)) direct.add(i.goal.key);
    // Measured goals make every goal above them measured. Each walk up stops at a goal already
    // measured (whose ancestors are, or will be, marked by its own walk): linear and loop-safe.
    const measured = new Set(direct);
    for (const start of plan.goals) {
      if (!direct.has(start.key)) continue;
      let parent = start.parent;
      while (parent !== undefined && !measured.has(parent.key)) {
        const above = index.goals.get(parent.key);
        if (above === undefined) break;
        measured.add(above.key);
        parent = above.parent;
      }
    }
    for (const goal of plan.goals) {
      if (!goal.key || measured.has(goal.key)) continue; // a row without a code is missing-required's
      report({ origin: goal, field: "id", id: goal.code, params: { code: goal.code } });
    }
  },
};
