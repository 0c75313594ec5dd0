import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { RULES } from "../../../src/core/rules/catalogue";

const root = path.resolve(__dirname, "../../..");

/** The ids the plan engine promises, spelled exactly so (issue: plan engine, rule catalogue). */
const PROMISED = [
  "duplicate-id",
  "missing-required",
  "unknown-reference",
  "reference-cycle",
  "unaligned-goal",
  "uncovered-policy",
  "goal-without-initiatives",
  "goal-without-kpis",
  "initiative-without-kpis",
  "initiative-without-budget",
  "unlinked-budget-line",
  "invalid-date",
  "date-order",
  "outside-plan-period",
  "budget-outside-dates",
  "not-a-number",
  "invalid-enum",
  "kpi-incomplete",
  "target-against-direction",
  "target-below-policy",
  "unit-mismatch",
  "direction-mismatch",
  "uncovered-parent-goal",
  "shadowed-parent-code",
  "cascade-sum-mismatch",
  "spend-over-budget",
  "budget-over-ceiling",
  "weights-not-100",
];

test("the catalogue holds every promised rule, each once", () => {
  const ids = RULES.map((r) => r.meta.id);
  expect([...ids].sort()).toEqual([...PROMISED].sort());
});

describe.each(RULES.map((r) => [r.meta.id, r] as const))("%s", (id) => {
  test("lives in its own file, has a test with tables, and a docs page with both examples", () => {
    expect(existsSync(path.join(root, "src/core/rules", `${id}.ts`))).toBe(true);
    const spec = readFileSync(path.join(root, "test/core/rules", `${id}.test.ts`), "utf8");
    expect(spec).toMatch(/valid: \[/);
    expect(spec).toMatch(/invalid: \[/);
    const docs = readFileSync(path.join(root, "docs/rules", `${id}.md`), "utf8");
    expect(docs).toMatch(new RegExp(`^# ${id}\\n`));
    expect(docs).toMatch(/## Failing example/);
    expect(docs).toMatch(/## Passing example/);
    expect(docs).toMatch(/<div dir="rtl" lang="fa">/);
  });

  test("is listed in docs/rules/README.md", () => {
    expect(readFileSync(path.join(root, "docs/rules/README.md"), "utf8")).toContain(
      `[${id}](${id}.md)`
    );
  });
});
