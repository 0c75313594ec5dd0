import type { Lang } from "../i18n";
import type { Goal, Initiative } from "../model/plan";
import { unreadableCells } from "./unreadable-cells";
import type { Rule } from "./rule";

type Sibling = Goal | Initiative;

/** The siblings' description in the message: whose weights these are. */
function groupName(lang: Lang, kind: "initiatives" | "sub-goals" | "top", parent: string): string {
  if (lang === "fa") {
    if (kind === "initiatives") return `اقدام‌های هدف ${parent}`;
    if (kind === "sub-goals") return `زیرهدف‌های هدف ${parent}`;
    return "هدف‌های سطح اول";
  }
  if (kind === "initiatives") return `the initiatives of goal ${parent}`;
  if (kind === "sub-goals") return `the sub-goals of goal ${parent}`;
  return "the top-level goals";
}

export const weightsNot100: Rule = {
  meta: {
    id: "weights-not-100",
    entity: "any",
    defaultSeverity: "warning",
    messages: {
      en: "The weights of {group} add up to {sum}, not {expected}.",
      fa: "وزن‌های {group} روی هم {sum} می‌شود، نه {expected}.",
    },
    description: {
      en: "Weights share out a goal's progress among its initiatives, and a parent goal's among its sub-goals, so siblings' weights must add up to 100 % (100, or 1 when written as fractions). A sibling without a weight counts as 0; groups where no sibling has a weight are not judged.",
      fa: "وزن‌ها پیشرفت یک هدف را میان اقدام‌هایش و پیشرفت هدف بالادست را میان زیرهدف‌هایش تقسیم می‌کنند؛ پس مجموع وزن‌های هم‌سطح باید ۱۰۰ درصد باشد (۱۰۰، یا ۱ وقتی به‌صورت کسر نوشته شده‌اند). وزنِ خالی صفر به حساب می‌آید و گروهی که هیچ‌یک از اعضایش وزن ندارد بررسی نمی‌شود.",
    },
  },
  check({ plan, index, settings, lang, report }) {
    // Rows whose weight cell could not be read: their group's sum is unknown (not-a-number's finding).
    const unreadable = unreadableCells(
      plan,
      (issue) => (issue.role === "goal" || issue.role === "initiative") && issue.field === "weight"
    );

    const judge = (siblings: readonly Sibling[], group: string) => {
      let sum = 0;
      let weighted = false;
      let fractions = true;
      let first = siblings[0];
      for (const s of siblings) {
        if (unreadable(s, "weight")) return;
        if (s.row < first.row) first = s;
        if (s.weight === undefined) continue;
        weighted = true;
        sum += s.weight;
        if (s.weight > 1) fractions = false;
      }
      if (!weighted) return;
      const expected = fractions ? 1 : 100;
      if (!(Math.abs(sum - expected) > Math.max(settings.tolerance * expected, 1e-9))) return;
      report({
        entity: first.role,
        origin: first,
        field: "weight",
        id: first.code || undefined,
        params: { group, sum, expected },
        related: siblings.filter((s) => s !== first).map((s) => ({ origin: s, field: "weight" })),
      });
    };

    for (const siblings of index.initiativesByGoal.values()) {
      const goal = siblings[0].goal?.code ?? "";
      judge(siblings, groupName(lang, "initiatives", goal));
    }
    for (const siblings of index.goalsByParent.values()) {
      const parent = siblings[0].parent?.code ?? "";
      judge(siblings, groupName(lang, "sub-goals", parent));
    }
    const top = plan.goals.filter((g) => !g.parent);
    if (top.length > 0) judge(top, groupName(lang, "top", ""));
  },
};
