import type { Lang } from "../i18n";
import type { Kpi } from "../model/plan";
import type { Aggregation } from "../normalize/enums";
import { isConsolidation } from "../register/parent-links";
import { aggregate, aggregationOf } from "./kpi-aggregation";
import type { Rule } from "./rule";

/** How many child target cells a finding points at, so huge cascades stay readable. */
const MAX_RELATED = 20;

const AGGREGATION_WORDS: Readonly<Record<Aggregation, Readonly<Record<Lang, string>>>> = {
  sum: { en: "sum", fa: "جمع" },
  average: { en: "average", fa: "میانگین" },
  min: { en: "min", fa: "کمینه" },
  max: { en: "max", fa: "بیشینه" },
};

export const cascadeSumMismatch: Rule = {
  meta: {
    id: "cascade-sum-mismatch",
    entity: "kpi",
    defaultSeverity: "warning",
    messages: {
      en: "The {how} of the targets of its {count} child KPIs is {aggregated}, not this KPI's target {target}.",
      fa: "{how} مقادیر هدف {count} زیرشاخص آن برابر {aggregated} است و با مقدار هدف این شاخص ({target}) نمی‌خواند.",
    },
    description: {
      en: "A KPI cascaded to child KPIs promises that the children's targets add up to its own: their sum for counts and amounts, their average for rates and scores, or the aggregation the parent declares. When they do not, a level of the plan promises more, or less, than the levels below deliver. Judged only when the parent and every child have a target. A KPI of the higher-level plan is judged only when the districts are judged together (a workbook whose goals or KPIs name two or more districts, or `rahbord cascade`): one district's targets are only its share.",
      fa: "شاخصی که به زیرشاخص‌ها شکسته می‌شود وعده می‌دهد که مقادیر هدف زیرشاخص‌ها به هدف خودش برسد: جمع آن‌ها برای تعداد و مبلغ، میانگین آن‌ها برای نرخ و امتیاز، یا روش تجمیعی که شاخص بالادست اعلام کرده است. اگر نرسد، یک سطح سند بیش یا کم از آنچه سطوح پایین‌تر انجام می‌دهند وعده داده است. فقط وقتی بررسی می‌شود که شاخص بالادست و همهٔ زیرشاخص‌ها مقدار هدف داشته باشند. شاخص برنامهٔ بالادست فقط وقتی بررسی می‌شود که مناطق با هم سنجیده شوند (کارپوشه‌ای که هدف‌ها یا شاخص‌هایش دست‌کم دو منطقه را نام می‌برند، یا فرمان `rahbord cascade`)؛ مقادیر هدف یک منطقه فقط سهم آن است.",
    },
  },
  check({ plan, index, settings, lang, report }) {
    // A single plan's KPIs are one share of a higher-level KPI; all districts' together are all of it.
    // (The register first: a plan without one is never asked for its districts.)
    const theirs = new Set<Kpi>(
      plan.register && !isConsolidation(plan) ? plan.register.kpis : undefined
    );
    for (const [key, list] of index.kpisByParent) {
      const parent = index.kpis.get(key);
      if (!parent || parent.target === undefined || theirs.has(parent)) continue;
      const children = list.filter((c) => c !== parent);
      if (children.length === 0) continue;
      const targets: number[] = [];
      for (const child of children) if (child.target !== undefined) targets.push(child.target);
      if (targets.length < children.length) continue; // a child without a target: not judged
      const how = aggregationOf(parent, settings);
      const aggregated = aggregate(targets, how);
      const allowed = settings.tolerance * Math.max(Math.abs(parent.target), 1e-9);
      if (!(Math.abs(aggregated - parent.target) > allowed)) continue;
      report({
        origin: parent,
        field: "target",
        id: parent.code,
        params: {
          aggregated,
          target: parent.target,
          how: AGGREGATION_WORDS[how][lang],
          count: children.length,
        },
        related: children.slice(0, MAX_RELATED).map((c) => ({ origin: c, field: "target" })),
      });
    }
  },
};
