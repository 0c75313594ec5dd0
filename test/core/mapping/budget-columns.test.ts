import {
  budgetDraftOf,
  budgetRoleOf,
  type BudgetSheet,
} from "../../../src/core/mapping/budget-columns";
import { detectMapping } from "../../../src/core/mapping/detect";
import type { SheetMapping } from "../../../src/core/mapping/mapping-document";
import { SheetGrid } from "../../../src/core/model/sheet-grid";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot/workbook-snapshot";
import { persianPlan } from "../../fixtures/realistic-plans";

/** A workbook's sheet as the budget screen knows it, with detection's reading of it. */
function budgetSheet(snapshot: WorkbookSnapshot, name: string): BudgetSheet {
  const detection = detectMapping(snapshot);
  const i = snapshot.sheets.findIndex((s) => s.name === name);
  return { grid: new SheetGrid(snapshot.sheets[i]), detected: detection.sheets[i] };
}

const oneSheet = (values: CellValue[][]): WorkbookSnapshot => ({
  sheets: [{ name: "Budget", visibility: "Visible", origin: { row: 1, column: 1 }, values }],
});

const LONG: CellValue[][] = [
  ["Initiative ID", "Fiscal year", "Funding source", "Approved", "Spent"],
  ["I1", 2024, "Own revenue", 100, 90],
  ["I2", 2025, "Grant", 50, 10],
];
const LONG_ROLE: SheetMapping = {
  sheet: "Budget",
  headerRow: 1,
  columns: {
    initiative: { column: "A", header: "Initiative ID" },
    year: { column: "B", header: "Fiscal year" },
    source: { column: "C", header: "Funding source" },
    approved: { column: "D", header: "Approved" },
    spent: { column: "E", header: "Spent" },
  },
};

describe("a wide budget under a two-row header (merged group titles over years)", () => {
  const snapshot = persianPlan();
  const sheet = budgetSheet(snapshot, "بودجه");
  const role = detectMapping(snapshot).mapping.roles.budget!;

  test("its columns are read with the group title in their caption, and the role comes back as it was", () => {
    const draft = budgetDraftOf(sheet, role);
    expect(draft.layout).toBe("wide");
    expect(draft.headers.map((h) => `${h.letter} ${h.caption}`)).toEqual([
      "A کد اقدام",
      "B منبع تأمین",
      "C اعتبار مصوب ۱۴۰۲",
      "D اعتبار مصوب ۱۴۰۳",
      "E اعتبار مصوب ۱۴۰۴",
      "F عملکرد ۱۴۰۲",
      "G عملکرد ۱۴۰۳",
      "H عملکرد ۱۴۰۴",
    ]);
    expect(budgetRoleOf(draft)).toEqual(role);
  });

  test("a column the role leaves out is offered unread, with the year of its header", () => {
    const draft = budgetDraftOf(sheet, {
      ...role,
      wide: role.wide!.filter((w) => w.column !== "H"),
    });
    expect(draft.amounts.find((a) => a.col === 8)).toEqual({ col: 8, year: 1404 });
    expect(budgetRoleOf(draft).wide?.map((w) => w.column)).not.toContain("H");
  });

  test("without a role, the amount columns are offered unread and the layout is wide", () => {
    const draft = budgetDraftOf(sheet);
    expect(draft.fields).toEqual({});
    expect(draft.layout).toBe("wide");
    expect(draft.amounts.map((a) => [a.col, a.measure, a.year])).toEqual([
      [3, undefined, 1402],
      [4, undefined, 1403],
      [5, undefined, 1404],
      [6, undefined, 1402],
      [7, undefined, 1403],
      [8, undefined, 1404],
    ]);
    expect(budgetRoleOf(draft)).toEqual({ sheet: "بودجه", headerRow: 3, columns: {} });
  });

  test("an edited column is written with its measure, year and trimmed source; an unread one is left out", () => {
    const draft = budgetDraftOf(sheet, role);
    const edited = {
      ...draft,
      amounts: draft.amounts.map((a) =>
        a.col === 3
          ? { ...a, measure: "spent" as const, year: 1401, source: " کمک دولت " }
          : a.col === 4
            ? { ...a, measure: undefined }
            : a
      ),
    };
    const wide = budgetRoleOf(edited).wide!;
    expect(wide[0]).toEqual({
      column: "C",
      header: "۱۴۰۲",
      measure: "spent",
      year: 1401,
      source: "کمک دولت",
    });
    expect(wide.map((w) => w.column)).toEqual(["C", "E", "F", "G", "H"]);
  });
});

describe("a long budget", () => {
  const sheet = budgetSheet(oneSheet(LONG), "Budget");

  test("its fields come back as mapped; its number columns are offered unread for a wide layout", () => {
    const draft = budgetDraftOf(sheet, LONG_ROLE);
    expect(draft.layout).toBe("long");
    expect(draft.fields).toEqual({ initiative: 1, year: 2, source: 3, approved: 4, spent: 5 });
    expect(draft.amounts).toEqual([{ col: 2 }, { col: 4 }, { col: 5 }]);
    expect(budgetRoleOf(draft)).toEqual(LONG_ROLE);
  });

  test("read as wide, it keeps the row fields and drops the long ones", () => {
    const draft = { ...budgetDraftOf(sheet, LONG_ROLE), layout: "wide" as const };
    expect(Object.keys(budgetRoleOf(draft).columns)).toEqual(["initiative", "source"]);
  });

  test("a moved column is followed by its header", () => {
    const moved = LONG.map(([a, b, c, d, e]) => [a, b, c, e, d]);
    const draft = budgetDraftOf(budgetSheet(oneSheet(moved), "Budget"), LONG_ROLE);
    expect(budgetRoleOf(draft).columns.approved).toEqual({ column: "E", header: "Approved" });
  });
});
