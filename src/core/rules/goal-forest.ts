import type { Goal, Initiative, Plan } from "../model/plan";
import type { PlanIndex } from "./plan-index";

/**
 * The goals as a forest of numbered nodes, one per code, each under its first row's parent (as the
 * index resolves links), walked in preorder so that every goal's descendants are the nodes
 * numbered `first[g]` … `first[g] + size[g] - 1`. Goals whose parent links loop (reference-cycle's
 * finding) all lie beneath one another: every member of a loop gets the span of the loop with
 * everything hanging from it. Linear: a few passes over typed arrays.
 */
export class GoalForest {
  readonly node = new Map<string, number>();
  readonly first: Int32Array;
  readonly size: Int32Array;
  private readonly parent: Int32Array;
  /** Nodes in preorder, and each node's parent in the walk (-1 for a root). */
  private readonly order: Int32Array;
  private readonly treeParent: Int32Array;
  private readonly loopRoots: number[] = [];

  constructor(private readonly index: PlanIndex) {
    const keys = [...index.goals.keys()];
    const n = keys.length;
    keys.forEach((key, i) => this.node.set(key, i));

    const parent = new Int32Array(n).fill(-1);
    const start = new Int32Array(n + 1);
    keys.forEach((key, i) => {
      const ref = index.goals.get(key)?.parent;
      const p = ref === undefined ? undefined : this.node.get(ref.key);
      if (p === undefined) return;
      parent[i] = p;
      start[p + 1]++;
    });
    for (let i = 0; i < n; i++) start[i + 1] += start[i];
    const children = new Int32Array(start[n]);
    const fill = start.slice(0, n);
    for (let i = 0; i < n; i++) if (parent[i] >= 0) children[fill[parent[i]]++] = i;

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
    const stamp = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      if (first[i] !== -1) continue;
      let x = i;
      while (stamp[x] !== i) {
        stamp[x] = i;
        x = parent[x]; // never -1 here: a goal not reached from a root hangs from a loop
      }
      this.loopRoots.push(x);
      walk(x);
    }
    for (let k = n - 1; k >= 0; k--) {
      const v = order[k];
      if (treeParent[v] >= 0) size[treeParent[v]] += size[v];
    }
    this.first = first;
    this.size = size;
    this.parent = parent;
    this.order = order;
    this.treeParent = treeParent;
    this.spreadOverLoops(first);
    this.spreadOverLoops(size);
  }

  /** Each initiative code once, by its first row, with the node of that row's goal. */
  forEachInitiative(plan: Plan, visit: (initiative: Initiative, goal: number) => void): void {
    for (const initiative of plan.initiatives) {
      if (!initiative.goal || this.index.initiatives.get(initiative.key) !== initiative) continue;
      const g = this.node.get(initiative.goal.key);
      if (g !== undefined) visit(initiative, g);
    }
  }

  /** Per node, the sum of `own` (a value per node) over the node and every goal beneath it. */
  subtreeSums(own: Float64Array): Float64Array {
    const sums = own.slice();
    for (let k = this.order.length - 1; k >= 0; k--) {
      const v = this.order[k];
      const p = this.treeParent[v];
      if (p >= 0) sums[p] += sums[v];
    }
    this.spreadOverLoops(sums);
    return sums;
  }

  /** Every member of a loop takes its loop root's figure: they all lie beneath one another. */
  private spreadOverLoops(values: Int32Array | Float64Array): void {
    for (const root of this.loopRoots)
      for (let x = this.parent[root]; x !== root; x = this.parent[x]) values[x] = values[root];
  }
}

/**
 * The goals beneath some policies: those citing one of them or one of their sub-policies
 * (cycle-safe), given as the outermost of them in the forest. Every goal beneath lies in exactly
 * one of their spans, so a figure summed over the spans counts each goal once.
 */
export function goalsBeneathPolicies(
  index: PlanIndex,
  forest: GoalForest,
  citing: ReadonlyMap<string, readonly Goal[]> = index.goalsByPolicy
): (policyKeys: Iterable<string>) => number[] {
  const keys = [...index.policies.keys()];
  const node = new Map<string, number>();
  keys.forEach((key, i) => node.set(key, i));
  const children: number[][] = keys.map(() => []);
  keys.forEach((key, i) => {
    const ref = index.policies.get(key)?.parent;
    const p = ref === undefined ? undefined : node.get(ref.key);
    if (p !== undefined) children[p].push(i);
  });
  const { first, size } = forest;
  const mark = new Int32Array(keys.length);
  let stamp = 0;

  return (policyKeys) => {
    stamp++;
    const stack: number[] = [];
    const visit = (p: number | undefined) => {
      if (p === undefined || mark[p] === stamp) return;
      mark[p] = stamp;
      stack.push(p);
    };
    for (const key of policyKeys) visit(node.get(key));
    const cited: number[] = [];
    while (stack.length > 0) {
      const p = stack.pop() as number;
      children[p].forEach(visit);
      for (const goal of citing.get(keys[p]) ?? []) {
        const g = forest.node.get(goal.key);
        if (g !== undefined) cited.push(g);
      }
    }
    cited.sort((a, b) => first[a] - first[b] || size[b] - size[a]);
    const outermost: number[] = [];
    let end = -1;
    for (const g of cited) {
      if (first[g] <= end) continue; // beneath a goal already taken
      outermost.push(g);
      end = first[g] + size[g] - 1;
    }
    return outermost;
  };
}
