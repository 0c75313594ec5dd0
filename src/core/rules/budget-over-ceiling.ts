import type { Goal, Plan, Policy } from "../model/plan";
import type { PlanIndex } from "./plan-index";
import type { Rule } from "./rule";

/**
 * The goals as a forest of numbered nodes, one per code, each under its first row's parent (as the
 * index resolves links), walked in preorder so that every goal's descendants are the nodes
 * numbered `first[g]` … `first[g] + size[g] - 1`; `total[g]` is the approved cost of the
 * initiatives of the goal and its descendants. Goals whose parent links loop (reference-cycle's
 * finding) all lie beneath one another, so every member of a loop gets the span and total of the
 * loop with everything hanging from it. Linear: a few passes over typed arrays.
 */
interface GoalForest {
  node: Map<string, number>;
  first: Int32Array;
  size: Int32Array;
  total: Float64Array;
}

function goalForest(
  plan: Plan,
  index: PlanIndex,
  approvedOf: ReadonlyMap<string, number>
): GoalForest {
  const keys = [...index.goals.keys()];
  const n = keys.length;
  const node = new Map<string, number>();
  keys.forEach((key, i) => node.set(key, i));

  const parent = new Int32Array(n).fill(-1);
  const start = new Int32Array(n + 1);
  keys.forEach((key, i) => {
    const ref = index.goals.get(key)?.parent;
    const p = ref === undefined ? undefined : node.get(ref.key);
    if (p === undefined) return;
    parent[i] = p;
    start[p + 1]++;
  });
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const children = new Int32Array(start[n]);
  const fill = start.slice(0, n);
  for (let i = 0; i < n; i++) if (parent[i] >= 0) children[fill[parent[i]]++] = i;

  // Each initiative code once, under the goal of its first row.
  const total = new Float64Array(n);
  for (const initiative of plan.initiatives) {
    if (!initiative.goal || index.initiatives.get(initiative.key) !== initiative) continue;
    const g = node.get(initiative.goal.key);
    if (g !== undefined) total[g] += approvedOf.get(initiative.key) ?? 0;
  }

  const first = new Int32Array(n).fill(-1);
  const size = new Int32Array(n).fill(1);
  const treeParent = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  let visited = 0;
  const stack: number[] = [];
  const walk = (root: number) => {
    stack.push(root);
    first[root] = -2; // queued
    while (stack.length > 0) {
      const v = stack.pop() as number;
      first[v] = visited;
      order[visited++] = v;
      for (let c = start[v]; c < start[v + 1]; c++) {
        const child = children[c];
        if (first[child] !== -1) continue; // the loop closing back on its root
        first[child] = -2;
        treeParent[child] = v;
        stack.push(child);
      }
    }
  };
  for (let i = 0; i < n; i++) if (parent[i] < 0) walk(i);
  const loopRoots: number[] = [];
  const stamp = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (first[i] !== -1) continue;
    let x = i;
    while (stamp[x] !== i) {
      stamp[x] = i;
      x = parent[x]; // never -1 here: a goal not reached from a root hangs from a loop
    }
    loopRoots.push(x);
    walk(x);
  }
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k];
    const p = treeParent[v];
    if (p < 0) continue;
    size[p] += size[v];
    total[p] += total[v];
  }
  for (const root of loopRoots) {
    for (let x = parent[root]; x !== root; x = parent[x]) {
      first[x] = first[root];
      size[x] = size[root];
      total[x] = total[root];
    }
  }
  return { node, first, size, total };
}

/**
 * Approved cost beneath each policy: the initiatives of every goal citing it or one of its
 * descendant policies, and of those goals' descendant goals, each initiative once. The citations
 * are sorted once by the goal's span; a policy then marks its descendants (cycle-safe) and adds up
 * the outermost spans its citations cover, goals beneath another citing goal being already in its
 * total. Each policy with a ceiling costs one pass over the citations.
 */
function policyTotals(index: PlanIndex, forest: GoalForest): (policy: Policy) => number {
  const keys = [...index.policies.keys()];
  const node = new Map<string, number>();
  keys.forEach((key, i) => node.set(key, i));
  const children: number[][] = keys.map(() => []);
  keys.forEach((key, i) => {
    const ref = index.policies.get(key)?.parent;
    const p = ref === undefined ? undefined : node.get(ref.key);
    if (p !== undefined) children[p].push(i);
  });

  const { first, size, total } = forest;
  const cited: { goal: number; policy: number }[] = [];
  for (const [key, goals] of index.goalsByPolicy) {
    const policy = node.get(key);
    if (policy === undefined) continue;
    for (const goal of goals) {
      const g = forest.node.get(goal.key);
      if (g !== undefined) cited.push({ goal: g, policy });
    }
  }
  cited.sort((a, b) => first[a.goal] - first[b.goal] || size[b.goal] - size[a.goal]);

  const mark = new Int32Array(keys.length).fill(-1);
  const memo = new Map<number, number>();
  return (policy) => {
    const root = node.get(policy.key);
    if (root === undefined) return 0;
    const known = memo.get(root);
    if (known !== undefined) return known;
    mark[root] = root;
    const stack = [root];
    while (stack.length > 0) {
      for (const child of children[stack.pop() as number]) {
        if (mark[child] === root) continue;
        mark[child] = root;
        stack.push(child);
      }
    }
    let sum = 0;
    let end = -1;
    for (const { goal, policy: cites } of cited) {
      if (mark[cites] !== root || first[goal] <= end) continue; // not beneath, or already counted
      sum += total[goal];
      end = first[goal] + size[goal] - 1;
    }
    memo.set(root, sum);
    return sum;
  };
}

export const budgetOverCeiling: Rule = {
  meta: {
    id: "budget-over-ceiling",
    entity: "any",
    defaultSeverity: "error",
    messages: {
      en: "The approved cost of the initiatives beneath it is {total}, above its budget ceiling {ceiling}.",
      fa: "جمع اعتبار مصوب هزینه‌ای اقدام‌های زیرمجموعهٔ آن {total} است و از سقف اعتبار ({ceiling}) بالاتر است.",
    },
    description: {
      en: "A budget ceiling caps what a goal or policy may commit. The approved cost lines of the initiatives beneath it (for a goal, those of its sub-goals too; for a policy, those of every goal citing it or one of its sub-policies) must stay within it. Revenue lines do not count.",
      fa: "سقف اعتبار حد تعهد مالی یک هدف یا سیاست است. جمع اعتبار مصوب ردیف‌های هزینه‌ای اقدام‌های زیرمجموعه (برای هدف، همراه با اقدام‌های زیرهدف‌ها؛ برای سیاست، اقدام‌های همهٔ هدف‌هایی که به آن یا سیاست‌های زیرمجموعه‌اش استناد می‌کنند) نباید از آن بیشتر شود. ردیف‌های درآمدی به حساب نمی‌آیند.",
    },
  },
  check({ plan, index, settings, report }) {
    const ceilinged = (list: readonly (Goal | Policy)[]) =>
      list.some((e) => e.budgetCeiling !== undefined);
    if (!ceilinged(plan.goals) && !ceilinged(plan.policies)) return;
    const over = (total: number, ceiling: number) => total > ceiling * (1 + settings.tolerance);

    const approvedOf = new Map<string, number>();
    for (const line of plan.budget) {
      if (line.kind !== "cost" || line.approved === undefined || !line.initiative) continue;
      const key = line.initiative.key;
      approvedOf.set(key, (approvedOf.get(key) ?? 0) + line.approved);
    }
    const forest = goalForest(plan, index, approvedOf);

    for (const goal of plan.goals) {
      if (goal.budgetCeiling === undefined) continue;
      const g = forest.node.get(goal.key);
      const total = g === undefined ? 0 : forest.total[g];
      if (!over(total, goal.budgetCeiling)) continue;
      report({
        entity: "goal",
        origin: goal,
        field: "budgetCeiling",
        id: goal.code || undefined,
        params: { total, ceiling: goal.budgetCeiling },
      });
    }

    if (!ceilinged(plan.policies)) return;
    const totalOf = policyTotals(index, forest);
    for (const policy of plan.policies) {
      if (policy.budgetCeiling === undefined) continue;
      const total = totalOf(policy);
      if (!over(total, policy.budgetCeiling)) continue;
      report({
        entity: "policy",
        origin: policy,
        field: "budgetCeiling",
        id: policy.code || undefined,
        params: { total, ceiling: policy.budgetCeiling },
      });
    }
  },
};
