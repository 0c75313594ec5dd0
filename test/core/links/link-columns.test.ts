import { createTranslator, defaultDisplayPrefs } from "../../../src/core/i18n";
import {
  EXCEL_ROWS,
  linkAlert,
  linkPlan,
  SPARE_ROWS,
  spanAddress,
} from "../../../src/core/links/link-columns";
import type { MappingDocument } from "../../../src/core/mapping/mapping-document";
import { FIELDS, ROLES, type FieldDef } from "../../../src/core/mapping/roles";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot/workbook-snapshot";

const sheet = (name: string, values: CellValue[][], row = 1) => ({
  name,
  visibility: "Visible" as const,
  origin: { row, column: 1 },
  values,
});

/** Goals on a sheet whose name has an apostrophe, initiatives below a blank row, no policy rows. */
const snapshot: WorkbookSnapshot = {
  sheets: [
    sheet("Policies", [["Code", "Title"]]),
    sheet("O'Neil goals", [
      ["Code", "Title", "Policies", "Parent"],
      ["G1", "One", "P1, P2", null],
      ["G2", "Two", "P1", "G1"],
    ]),
    sheet("Initiatives", [["Code", "Title", "Goal"], [], ["I1", "One", "G1"], ["I2", "Two", "G9"]]),
  ],
};

const mapping: MappingDocument = {
  version: 1,
  roles: {
    policy: { sheet: "Policies", headerRow: 1, columns: { id: { column: "A" } } },
    goal: {
      sheet: "O'Neil goals",
      headerRow: 1,
      columns: {
        id: { column: "A" },
        title: { column: "B" },
        policies: { column: "C" },
        parent: { column: "D", header: "Parent" },
      },
    },
    initiative: {
      sheet: "Initiatives",
      headerRow: 1,
      columns: { id: { column: "A" }, goal: { column: "C" } },
    },
  },
};

describe("linkPlan", () => {
  test("single-code references get their parent's code column as a source, from the first data row to SPARE_ROWS below the last", () => {
    expect(linkPlan(snapshot, mapping)).toEqual({
      targets: [
        {
          role: "goal",
          field: "parent",
          parent: "goal",
          sheet: "O'Neil goals",
          parentSheet: "O'Neil goals",
          column: 4,
          top: 2,
          bottom: 3 + SPARE_ROWS,
          source: "='O''Neil goals'!$A$2:$A$3",
        },
        {
          role: "initiative",
          field: "goal",
          parent: "goal",
          sheet: "Initiatives",
          parentSheet: "O'Neil goals",
          column: 3,
          top: 3,
          bottom: 4 + SPARE_ROWS,
          source: "='O''Neil goals'!$A$2:$A$3",
        },
      ],
      // The goals' policies hold several codes a cell, so they get none; and policies have no rows.
      withoutParentCodes: [],
    });
  });

  test("a reference whose parent has no code yet is listed; one the mapping lacks is not", () => {
    const withPolicyParent: MappingDocument = {
      ...mapping,
      roles: {
        ...mapping.roles,
        policy: {
          ...mapping.roles.policy!,
          columns: { id: { column: "A" }, parent: { column: "B" } },
        },
      },
    };
    const plan = linkPlan(snapshot, withPolicyParent);
    expect(plan.withoutParentCodes).toEqual([
      { role: "policy", field: "parent", parent: "policy" },
    ]);
    const { policy, initiative } = mapping.roles;
    expect(linkPlan(snapshot, { ...mapping, roles: { policy, initiative } })).toEqual({
      targets: [],
      withoutParentCodes: [],
    });
  });

  test("below data followed by a totals row or notes there are no spare rows", () => {
    const [initiatives] = snapshot.sheets.slice(2);
    const withTotals = {
      sheets: [
        ...snapshot.sheets.slice(0, 2),
        { ...initiatives, values: [...initiatives.values, ["Total"]] },
      ],
    };
    const target = linkPlan(withTotals, mapping).targets.find((t) => t.role === "initiative")!;
    expect(spanAddress(target)).toBe("C3:C4");
  });

  test("the dropdown stops at Excel's last row", () => {
    const deep: WorkbookSnapshot = {
      sheets: [
        snapshot.sheets[1],
        sheet(
          "Initiatives",
          [
            ["Code", "Goal"],
            ["I1", "G1"],
          ],
          EXCEL_ROWS - 10
        ),
      ],
    };
    const [target] = linkPlan(deep, {
      version: 1,
      roles: {
        goal: mapping.roles.goal,
        initiative: {
          sheet: "Initiatives",
          headerRow: EXCEL_ROWS - 10,
          columns: { id: { column: "A" }, goal: { column: "B" } },
        },
      },
    }).targets.filter((t) => t.role === "initiative");
    expect(spanAddress(target)).toBe(`B${EXCEL_ROWS - 9}:B${EXCEL_ROWS}`);
  });
});

describe("linkAlert", () => {
  const [, initiativeGoal] = linkPlan(snapshot, mapping).targets;

  test("a Stop alert naming the field, the parent's codes and their sheet, in the reader's language", () => {
    const en = linkAlert(initiativeGoal, createTranslator(defaultDisplayPrefs("en")));
    expect(en).toEqual({
      showAlert: true,
      style: "Stop",
      title: "Not a goal code",
      message:
        "The goal must be one of the goal codes on the sheet “O'Neil goals”. Choose it from the list.",
    });
    const fa = linkAlert(initiativeGoal, createTranslator(defaultDisplayPrefs("fa")));
    expect(fa.title).toBe("کد هدف نامعتبر");
    expect(fa.message).toContain("«O'Neil goals»");
  });

  test.each(["en", "fa"] as const)(
    "%s: within Excel's limits (32 characters of title, 255 of message) for every link and a 31-character sheet name",
    (lang) => {
      const i18n = createTranslator(defaultDisplayPrefs(lang));
      for (const role of ROLES)
        for (const def of FIELDS[role] as readonly FieldDef[]) {
          if (def.type !== "ref") continue;
          const target = { ...initiativeGoal, role, field: def.id, parent: def.refRole! };
          const alert = linkAlert({ ...target, parentSheet: "x".repeat(31) }, i18n);
          expect(alert.title.length).toBeLessThanOrEqual(32);
          expect(alert.message.length).toBeLessThanOrEqual(255);
        }
    }
  );
});
