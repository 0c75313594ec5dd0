import { localizeDigits, type Lang } from "../i18n";
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
    const lines = plan.budget;
    const reported = new Uint8Array(lines.length);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.kind !== "cost") continue; // revenue beyond its forecast is good news
      const { approved, spent } = line;
      if (approved === undefined || spent === undefined || !over(spent, approved)) continue;
      reported[i] = 1;
      report({
        origin: line,
        field: "spent",
        id: line.initiative?.code,
        params: { spent, approved, scope: "" },
        related: [{ origin: line, field: "approved" }],
      });
    }

    // An initiative's cost lines of one year together, summed in one pass in plan order: a slot
    // per initiative (its group in the index) and year, in typed arrays.
    const initiatives = index.budgetByInitiative;
    const yearColumn = new Map<number | undefined, number>();
    for (const line of lines)
      if (!yearColumn.has(line.year)) yearColumn.set(line.year, yearColumn.size);
    const slotOf = (i: number) => {
      const group = initiatives.groupAt(i);
      return group < 0 || lines[i].kind !== "cost"
        ? -1
        : group * yearColumn.size + yearColumn.get(lines[i].year)!;
    };
    const slots = initiatives.size * yearColumn.size;
    const approved = new Float64Array(slots);
    const spent = new Float64Array(slots);
    const count = new Int32Array(slots);
    const last = new Int32Array(slots); // the last line, preferring one with an amount spent
    const HAS_APPROVED = 1;
    const HAS_SPENT = 2;
    const SKIP = 4; // a line reported on its own, or an unreadable amount: not judged as a whole
    const flags = new Uint8Array(slots);
    for (let i = 0; i < lines.length; i++) {
      const slot = slotOf(i);
      if (slot < 0) continue;
      const line = lines[i];
      count[slot]++;
      if (line.approved !== undefined) {
        approved[slot] += line.approved;
        flags[slot] |= HAS_APPROVED;
      }
      if (line.spent !== undefined) {
        spent[slot] += line.spent;
        flags[slot] |= HAS_SPENT;
      }
      if (line.spent !== undefined || !(flags[slot] & HAS_SPENT)) last[slot] = i;
      if (reported[i] || isUnreadable(line, "approved") || isUnreadable(line, "spent"))
        flags[slot] |= SKIP;
    }
    for (let slot = 0; slot < slots; slot++) {
      if (count[slot] < 2 || flags[slot] !== (HAS_APPROVED | HAS_SPENT)) continue;
      if (!over(spent[slot], approved[slot])) continue;
      const line = lines[last[slot]];
      const members = initiatives
        .positionsOfGroup(initiatives.groupAt(last[slot]))
        .filter((i) => slotOf(i) === slot)
        .map((i) => lines[i]);
      const initiative = line.initiative?.code ?? "";
      report({
        origin: line,
        field: "spent",
        id: initiative || undefined,
        params: {
          spent: spent[slot],
          approved: approved[slot],
          scope: groupScope(lang, members.length, initiative, line.year),
        },
        related: members.flatMap((l) =>
          l.approved === undefined ? [] : [{ origin: l, field: "approved" }]
        ),
      });
    }
  },
};
