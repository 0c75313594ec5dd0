import { isConsolidation, parentGoalLinks } from "../register/parent-links";
import type { Rule } from "./rule";

export const uncoveredParentGoal: Rule = {
  meta: {
    id: "uncovered-parent-goal",
    entity: "goal",
    defaultSeverity: "warning",
    messages: {
      en: "No district plan serves goal {code} of the higher-level plan.",
      fa: "هیچ‌یک از برنامه‌های مناطق در خدمت هدف {code} برنامهٔ بالادست نیست.",
    },
    description: {
      en: "When the district plans are judged together against the higher-level plan (a workbook whose goals or KPIs name two or more districts, or `rahbord cascade`), every goal of the higher-level plan must be served by some district: a district goal beneath it, or an initiative or KPI under it, or a KPI cascading from one of its KPIs. A goal served through one of its sub-goals is served. A single district plan need not serve every goal, so it is not judged.",
      fa: "وقتی برنامه‌های مناطق با هم در برابر برنامهٔ بالادست سنجیده می‌شوند (کارپوشه‌ای که هدف‌ها یا شاخص‌هایش دست‌کم دو منطقه را نام می‌برند، یا فرمان `rahbord cascade`)، هر هدف برنامهٔ بالادست باید در خدمت دست‌کم یک منطقه باشد: هدفی از منطقه زیر آن، اقدام یا شاخصی زیر آن، یا شاخصی که از یکی از شاخص‌های آن منشعب شده است. هدفی که از راه یکی از زیرهدف‌هایش پوشش داده شود پوشش‌داده‌شده است. برنامهٔ یک منطقهٔ تنها لازم نیست همهٔ هدف‌ها را پوشش دهد، پس بررسی نمی‌شود.",
    },
  },
  check({ plan, index, report }) {
    if (!plan.register || !isConsolidation(plan)) return;
    const served = parentGoalLinks(plan, index);
    for (const goal of plan.register.goals) {
      if (served.has(goal)) continue;
      report({ origin: goal, field: "id", id: goal.code, params: { code: goal.code } });
    }
  },
};
