import type { Goal, Kpi, Policy } from "../model/plan";
import type { Rule } from "./rule";

/** Longer loops show their start and end only, so the message stays readable. */
const SHOWN = 12;

/** The loop's codes from its first member round to it again: "G1 → G2 → G3 → G1". */
function chainText(codes: string[]): string {
  const shown = codes.length <= SHOWN ? codes : [...codes.slice(0, 6), "…", ...codes.slice(-3)];
  return [...shown, codes[0]].join(" → ");
}

/**
 * The loops of a list's parent links, each once. Every row has at most one parent (resolved by
 * canonical code, first row wins), so one walk per unvisited row finds them all: a walk that comes
 * back to a row it visited itself has gone round a loop. Iterative and linear.
 */
function loops<T extends Policy | Goal | Kpi>(
  list: readonly T[],
  byKey: Pick<ReadonlyMap<string, T>, "get">
): T[][] {
  const walkOf = new Map<T, number>();
  const found: T[][] = [];
  for (let walk = 0; walk < list.length; walk++) {
    if (!list[walk].parent) continue; // a walk from a row without a parent ends at once
    const path: T[] = [];
    let node: T | undefined = list[walk];
    while (node !== undefined) {
      const seen = walkOf.get(node);
      if (seen !== undefined) {
        if (seen === walk) found.push(path.slice(path.indexOf(node)));
        break;
      }
      walkOf.set(node, walk);
      path.push(node);
      node = node.parent && byKey.get(node.parent.key);
    }
  }
  return found;
}

export const referenceCycle: Rule = {
  meta: {
    id: "reference-cycle",
    entity: "any",
    defaultSeverity: "error",
    messages: {
      en: "The parent links go round in a loop: {chain}.",
      fa: "زنجیرهٔ بالادست‌ها حلقه می‌زند و به نقطهٔ شروع برمی‌گردد: {chain}.",
    },
    description: {
      en: "A policy, goal or KPI cannot sit above itself. When parent links loop back, the hierarchy has no top, and roll-ups along it have no place to start or stop.",
      fa: "یک سیاست، هدف یا شاخص نمی‌تواند بالادست خودش باشد. وقتی زنجیرهٔ بالادست‌ها به نقطهٔ شروع برمی‌گردد، سلسله‌مراتب رأس ندارد و تجمیع مقادیر در آن نه آغازی دارد نه پایانی.",
    },
  },
  check({ plan, index, report }) {
    const lists = [
      loops(plan.policies, index.policies),
      loops(plan.goals, index.goals),
      loops(plan.kpis, index.kpis),
    ];
    for (const cycles of lists) {
      for (const cycle of cycles) {
        // Start the chain at the member that comes first in its sheet.
        let first = 0;
        for (let i = 1; i < cycle.length; i++) if (cycle[i].row < cycle[first].row) first = i;
        const members = [...cycle.slice(first), ...cycle.slice(0, first)];
        const head = members[0];
        report({
          entity: head.role,
          origin: head,
          field: "parent",
          id: head.code,
          params: { chain: chainText(members.map((m) => m.code)) },
          related: members.slice(1).map((m) => ({ origin: m, field: "parent" })),
        });
      }
    }
  },
};
