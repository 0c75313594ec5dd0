import { localizeDigits, type Lang } from "../i18n";
import type { BudgetLine } from "../model/plan";
import { unreadableCells } from "./unreadable-cells";
import type { Rule } from "./rule";

/** The words after the amounts when an initiative's year is judged as a whole. */
function groupScope(lang: Lang, lines: number, initiative: string, year?: number): string {
  if (lang === "fa") {
    const digits = (n: number) => localizeDigits(String(n), "persian");
    const when = year === undefined ? "" : ` در سال ${digits(year)}`;
    return ` (جمع ${digits(lines)} ردیف اقدام ${initiative}${when})`;
  }
  const when = year === undefined ? "" : ` for ${year}`;
  return ` (total of ${lines} lines of initiative ${initiative}${when})`;
}

interface Group {
  lines: BudgetLine[];
  approved: number;
  spent: number;
  hasApproved: boolean;
  hasSpent: boolean;
  reported: boolean;
  unreadable: boolean;
}

export const spendOverBudget: Rule = {
  meta: {
    id: "spend-over-budget",
    entity: "budget",
    defaultSeverity: "warning",
    messages: {
      en: "Spent {spent} exceeds the approved {approved}{scope}.",
      fa: "هزینه‌شده ({spent}) از اعتبار مصوب ({approved}) بیشتر است{scope}.",
    },
    description: {
      en: "Spending beyond the approved budget needs an amendment or a correction. Each cost line is compared on its own, and an initiative's lines of one year together, so spending moved between funding sources is caught too.",
      fa: "هزینه‌کرد بیش از اعتبار مصوب به اصلاحیه یا تصحیح نیاز دارد. هر ردیف هزینه‌ای جداگانه و همهٔ ردیف‌های یک اقدام در یک سال با هم سنجیده می‌شوند، تا هزینه‌ای که میان منابع تأمین جابه‌جا شده هم دیده شود.",
    },
  },
  check({ plan, index, settings, lang, report }) {
    const over = (spent: number, approved: number) => spent > approved * (1 + settings.tolerance);
    // Amount cells that could not be read: a group holding one has unknown totals.
    const isUnreadable = unreadableCells(
      plan,
      (issue) => issue.role === "budget" && (issue.field === "approved" || issue.field === "spent")
    );

    // Each cost line on its own.
    const reported = new Set<BudgetLine>();
    for (const line of plan.budget) {
      if (line.kind !== "cost") continue; // revenue beyond its forecast is good news
      const { approved, spent } = line;
      if (approved === undefined || spent === undefined || !over(spent, approved)) continue;
      reported.add(line);
      report({
        origin: line,
        field: "spent",
        id: line.initiative?.code,
        params: { spent, approved, scope: "" },
        related: [{ origin: line, field: "approved" }],
      });
    }

    // An initiative's lines of one year together (an initiative has few lines: grouped in place).
    for (const lines of index.budgetByInitiative.values()) {
      const years = new Map<number | undefined, Group>();
      for (const line of lines) {
        if (line.kind !== "cost") continue;
        let group = years.get(line.year);
        if (!group) {
          group = {
            lines: [],
            approved: 0,
            spent: 0,
            hasApproved: false,
            hasSpent: false,
            reported: false,
            unreadable: false,
          };
          years.set(line.year, group);
        }
        group.lines.push(line);
        if (line.approved !== undefined) {
          group.approved += line.approved;
          group.hasApproved = true;
        }
        if (line.spent !== undefined) {
          group.spent += line.spent;
          group.hasSpent = true;
        }
        if (reported.has(line)) group.reported = true;
        if (isUnreadable(line, "approved") || isUnreadable(line, "spent")) group.unreadable = true;
      }
      for (const group of years.values()) {
        const { lines: members } = group;
        if (members.length < 2 || group.reported || group.unreadable) continue;
        if (!group.hasApproved || !group.hasSpent || !over(group.spent, group.approved)) continue;
        let last = members[members.length - 1];
        for (let i = members.length - 1; i >= 0; i--) {
          if (members[i].spent !== undefined) {
            last = members[i];
            break;
          }
        }
        const initiative = last.initiative?.code ?? "";
        report({
          origin: last,
          field: "spent",
          id: initiative || undefined,
          params: {
            spent: group.spent,
            approved: group.approved,
            scope: groupScope(lang, members.length, initiative, last.year),
          },
          related: members.flatMap((l) =>
            l.approved === undefined ? [] : [{ origin: l, field: "approved" }]
          ),
        });
      }
    }
  },
};
