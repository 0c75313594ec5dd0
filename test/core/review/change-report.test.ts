import { readWorkbookFile } from "../../../src/cli/read-workbook";
import { planDiff, type PlanChange } from "../../../src/core/compare/plan-diff";
import { createTranslator, defaultDisplayPrefs } from "../../../src/core/i18n";
import { detectMapping } from "../../../src/core/mapping/detect";
import { buildPlan } from "../../../src/core/model/build-plan";
import {
  changeReportRows,
  locateChanges,
  readJustifications,
} from "../../../src/core/review/change-report";
import { changeLine, groupChanges } from "../../../src/core/review/change-text";

const changes: PlanChange[] = [
  { entity: "goal", code: "G1", kind: "retitled", before: "Old", after: '=HYPERLINK("x")' },
  { entity: "initiative", code: "I۲", kind: "approved", before: 100, after: 120 },
  { entity: "kpi", code: "K9", kind: "added", after: "+new KPI" },
  { entity: "policy", code: "P4", kind: "removed", before: "-old policy" },
];

test("the table names each change in the chosen language, values as they are", () => {
  const en = changeReportRows(changes, "en", new Map());
  expect(en.headers).toEqual([
    "Entity",
    "Code",
    "Change",
    "Before",
    "After",
    "Justification",
    "Go to",
  ]);
  expect(en.rows).toEqual([
    ["Goal", "G1", "retitled", "Old", '=HYPERLINK("x")', "", ""],
    ["Initiative", "I۲", "approved budget changed", 100, 120, "", ""],
    ["KPI", "K9", "added", "", "+new KPI", "", ""],
    ["Policy", "P4", "removed", "-old policy", "", "", ""],
  ]);
  const fa = changeReportRows(changes, "fa", new Map());
  expect(fa.headers[5]).toBe("توجیه تغییر");
  expect(fa.rows[0].slice(0, 3)).toEqual(["هدف", "G1", "عنوانش تغییر کرد"]);
  expect(fa.carried).toBe(0);
});

test("justifications typed in the report before are carried over, whatever its language or digits", () => {
  const first = changeReportRows(changes, "en", new Map());
  const typed = [first.headers, ...first.rows.map((row) => [...row])];
  typed[1][5] = "Asked by the council";
  typed[2][1] = "I2"; // the code retyped in Latin digits
  typed[2][5] = "Budget law of 1405";
  typed.push(["my own note", "", "", "", "", "not a change", ""]);
  const previous = readJustifications(typed);
  expect(previous.size).toBe(2);

  const again = changeReportRows(changes, "fa", previous);
  expect(again.rows.map((row) => row[5])).toEqual([
    "Asked by the council",
    "Budget law of 1405",
    "",
    "",
  ]);
  expect(again.carried).toBe(2);
  // Only the same change of the same code keeps it: another kind of change to G1 starts empty.
  const other = changeReportRows(
    [{ entity: "goal", code: "G1", kind: "reparented", before: "G0", after: "G2" }],
    "en",
    previous
  );
  expect(other.rows[0][5]).toBe("");
});

test("each change is located at its field in the current plan; a removal nowhere", async () => {
  const { snapshot } = await readWorkbookFile("samples/plan-en.xlsx");
  const plan = buildPlan(snapshot, detectMapping(snapshot).mapping);
  const before = buildPlan(snapshot, detectMapping(snapshot).mapping);
  const goal = plan.goals[1];
  plan.goals[1] = { ...goal, title: "Renamed" };
  const kpi = plan.kpis[0];
  plan.kpis[0] = { ...kpi, target: 99 };
  const removed = plan.policies.pop()!;
  const found = planDiff(before, plan);
  const locate = locateChanges(plan);
  const table = changeReportRows(found, "en", new Map(), locate);
  const at = (code: string) => table.locations[found.findIndex((c) => c.code === code)];
  expect(at(goal.code)).toEqual({ sheet: "Goals", cell: `C${goal.row}` });
  expect(at(kpi.code)).toEqual({ sheet: "KPIs", cell: `I${kpi.row}` });
  expect(at(removed.code)).toBeUndefined();
  expect(table.rows[found.findIndex((c) => c.code === goal.code)][6]).toBe(`Goals!C${goal.row}`);
});

test("changes are grouped by entity and told in one line each, in the reader's digits", () => {
  expect(groupChanges(changes).map((g) => [g.entity, g.changes.length])).toEqual([
    ["goal", 1],
    ["initiative", 1],
    ["kpi", 1],
    ["policy", 1],
  ]);
  const en = createTranslator(defaultDisplayPrefs("en"));
  const fa = createTranslator(defaultDisplayPrefs("fa"));
  expect(changeLine(changes[0], en)).toBe('G1 — retitled: «Old» → «=HYPERLINK("x")»');
  expect(changeLine(changes[1], fa)).toBe("I۲ — اعتبار مصوبش تغییر کرد: ۱۰۰ ← ۱۲۰");
  expect(changeLine(changes[2], en)).toBe("K9 — added: «+new KPI»");
});
