import { aggregationOf } from "./kpi-aggregation";
import type { Rule } from "./rule";

export const targetBelowPolicy: Rule = {
  meta: {
    id: "target-below-policy",
    entity: "kpi",
    defaultSeverity: "error",
    messages: {
      en: "Target {target} is weaker than the target {parentTarget} of parent KPI {parent}.",
      fa: "مقدار هدف {target} از مقدار هدف شاخص بالادست {parent} ({parentTarget}) ضعیف‌تر است.",
    },
    description: {
      en: "When a parent KPI is the average of its children — or their minimum when higher is better, their maximum when lower is better — each child measures the same indicator and must meet the parent's target, so a child aiming lower (or higher, when lower is better) undercuts the higher-level commitment. The direction is the child's, else the parent's; KPIs to maintain are not judged.",
      fa: "وقتی شاخص بالادست میانگین شاخص‌های زیرمجموعه است — یا کمینهٔ آن‌ها وقتی بیشتر بهتر است و بیشینهٔ آن‌ها وقتی کمتر بهتر است — هر زیرشاخص همان شاخص را می‌سنجد و باید به هدف بالادست برسد؛ پس زیرشاخصی که هدفش پایین‌تر از بالادست باشد (یا بالاتر، وقتی کمتر بهتر است) تعهد سطح بالاتر را سست می‌کند. جهت مطلوب از خود شاخص و اگر نبود از شاخص بالادست گرفته می‌شود؛ شاخص‌های «حفظ وضع موجود» بررسی نمی‌شوند.",
    },
  },
  check({ plan, index, settings, report }) {
    const { tolerance } = settings;
    for (const kpi of plan.kpis) {
      if (!kpi.parent || kpi.target === undefined) continue;
      const parent = index.kpis.get(kpi.parent.key);
      if (!parent || parent === kpi || parent.target === undefined) continue;
      if (kpi.unitKey !== undefined && parent.unitKey !== undefined) {
        if (kpi.unitKey !== parent.unitKey) continue; // unit-mismatch's finding
      }
      // Each child must meet the parent's target when the parent is their average, or their
      // minimum (higher is better) or maximum (lower is better); with sum each child is a share.
      const how = aggregationOf(parent, settings);
      const direction = kpi.direction ?? parent.direction;
      const weaker =
        direction === "increase"
          ? (how === "average" || how === "min") && kpi.target < parent.target * (1 - tolerance)
          : direction === "decrease"
            ? (how === "average" || how === "max") && kpi.target > parent.target * (1 + tolerance)
            : false;
      if (!weaker) continue;
      report({
        origin: kpi,
        field: "target",
        id: kpi.code || parent.code || undefined,
        params: { target: kpi.target, parent: parent.code, parentTarget: parent.target },
        related: [{ origin: parent, field: "target" }],
      });
    }
  },
};
