import { createTranslator, defaultDisplayPrefs, type Lang } from "../../src/core/i18n";
import {
  linkAlert,
  linkPlan,
  spanAddress,
  type LinkTarget,
} from "../../src/core/links/link-columns";
import { LINKS_NAMESPACE } from "../../src/core/links/stored-links";
import { detectMapping } from "../../src/core/mapping/detect";
import type { MappingDocument } from "../../src/core/mapping/mapping-document";
import { columnNumber } from "../../src/core/snapshot/address";
import { enforceLinks, removeLinks } from "../../src/excel/enforce-links";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { modelFromSnapshot } from "../../src/simulator/model-from-snapshot";
import { SimRequestContext } from "../../src/simulator/request-context";
import type {
  ModelValidation,
  ModelWorkbook,
  ModelXmlPart,
} from "../../src/simulator/workbook-model";
import { generatePlan } from "../../tools/generate-plan";
import { dressAsUsersWorkbook, simulatedSample } from "../helpers/simulated-workbook";
import { userState } from "../helpers/workbook-state";

const SAMPLES: [string, Lang][] = [
  ["plan-fa.xlsx", "fa"],
  ["plan-en.xlsx", "en"],
];

/** The mapping and links plan of the workbook as it is now (read as the pane reads it). */
async function planOf(context: Excel.RequestContext) {
  const snapshot = await readSnapshot(context);
  const { mapping } = detectMapping(snapshot);
  return { mapping, plan: linkPlan(snapshot, mapping) };
}

async function sample(file: string, lang: Lang = "fa") {
  const opened = await simulatedSample(file);
  const read = await planOf(opened.context);
  opened.simulator.syncs.length = 0;
  return { ...opened, ...read, i18n: createTranslator(defaultDisplayPrefs(lang)) };
}

/** Sets a validation on rows top…bottom of a column, as a user would through Excel's dialog. */
function validate(
  model: ModelWorkbook,
  at: LinkTarget,
  rows: [number, number],
  v: ModelValidation
) {
  const sheet = model.sheet(at.sheet)!;
  for (let row = rows[0]; row <= rows[1]; row++)
    sheet.setCell(row, at.column, {
      ...(sheet.cell(row, at.column) ?? { value: "" }),
      validation: v,
    });
}

const USERS_RULE: ModelValidation = {
  rule: { textLength: { formula1: "2", operator: "GreaterThanOrEqualTo" } },
  ignoreBlanks: false,
  prompt: { showPrompt: true, title: "کد", message: "دست‌کم دو نویسه" },
  errorAlert: { showAlert: true, style: "Warning", title: "کوتاه", message: "کد کوتاه است" },
};
const USERS_LIST: ModelValidation = {
  rule: { list: { inCellDropDown: true, source: "G1,G2,G3" } },
  ignoreBlanks: true,
};

/** Every cell's content but its validation, sheet by sheet (a blank cell's validation aside). */
const contentOf = (model: ModelWorkbook) =>
  JSON.stringify(
    model.sheets.map((s) =>
      [...s.cells].flatMap(([row, line]) =>
        [...line].flatMap(([column, { validation: _, ...rest }]) =>
          rest.value === "" && Object.keys(rest).length === 1 ? [] : [[row, column, rest]]
        )
      )
    )
  );

/** The validations the model's cells carry, by "sheet!column". */
function validatedCells(model: ModelWorkbook) {
  const found = new Map<string, ModelValidation[]>();
  for (const sheet of model.sheets)
    for (const [, line] of sheet.cells)
      for (const [column, cell] of line)
        if (cell.validation) {
          const key = `${sheet.name}!${column}`;
          found.set(key, [...(found.get(key) ?? []), cell.validation]);
        }
  return found;
}

const linksParts = (model: ModelWorkbook) =>
  model.customXmlParts.filter((p) => p.xml.includes(LINKS_NAMESPACE));

test.each(SAMPLES)(
  "%s: a dropdown of the parent's codes on exactly the parent-code columns, values untouched, three syncs",
  async (file, lang) => {
    const { model, simulator, context, mapping, plan, i18n } = await sample(file, lang);
    const content = contentOf(model);
    expect(plan.targets.map((t) => `${t.role}.${t.field}`)).toEqual([
      "goal.parent",
      "initiative.goal",
      "kpi.goal",
      "kpi.initiative",
      "kpi.parent",
      "kpi-actuals.kpi",
      "budget.initiative",
    ]);

    const outcome = await enforceLinks(context, plan, i18n);
    expect(simulator.syncs).toHaveLength(3);
    expect(outcome).toEqual({
      kind: "enforced",
      enforced: plan.targets.map((t) =>
        expect.objectContaining({ address: spanAddress(t), replaced: [] })
      ),
      left: [],
      withoutParentCodes: [],
    });
    expect(contentOf(model)).toBe(content);
    const validated = validatedCells(model);
    expect([...validated.keys()].sort()).toEqual(
      plan.targets.map((t) => `${t.sheet}!${t.column}`).sort()
    );
    for (const target of plan.targets) {
      const expected = {
        rule: { list: { inCellDropDown: true, source: target.source } },
        ignoreBlanks: true,
        errorAlert: linkAlert(target, i18n),
      };
      const cells = validated.get(`${target.sheet}!${target.column}`)!;
      expect(cells).toEqual(Array(target.bottom - target.top + 1).fill(expected));
      // The source is the parent's code column, from the row under its header to its last code.
      const parent = mapping.roles[target.parent]!;
      const [, sheet, letters, first, last] = /^='(.+)'!\$([A-Z]+)\$(\d+):\$\2\$(\d+)$/.exec(
        target.source
      )!;
      expect([sheet, letters, Number(first)]).toEqual([
        parent.sheet,
        parent.columns.id.column,
        parent.headerRow + 1,
      ]);
      const codes = model.sheet(parent.sheet)!;
      const column = columnNumber(letters)!;
      expect(codes.cell(Number(last), column)?.value).toBeTruthy();
      expect(codes.cell(Number(last) + 1, column)?.value ?? "").toBe("");
    }
  }
);

test("enforce then remove leaves the user's workbook exactly as it was, their own validation and parts included", async () => {
  const { model, simulator, context, plan, i18n } = await sample("plan-fa.xlsx");
  const [goalParent, initiativeGoal] = plan.targets;
  dressAsUsersWorkbook(model, initiativeGoal.sheet, initiativeGoal.top);
  // The user's own rule over more rows than the dropdown covers: it reads as one rule there.
  validate(model, initiativeGoal, [initiativeGoal.top, 1000], USERS_RULE);
  const other: ModelXmlPart = { id: "{other}", xml: '<note xmlns="urn:someone:else">keep</note>' };
  model.customXmlParts.push(other);
  const before = userState(model);
  const parts = structuredClone(model.customXmlParts);

  const enforced = await enforceLinks(context, plan, i18n);
  expect(enforced.kind === "enforced" && enforced.enforced.map((e) => e.replaced)).toEqual(
    plan.targets.map((t) => (t === initiativeGoal ? ["textLength"] : []))
  );
  expect(linksParts(model)).toHaveLength(1);
  expect(
    model.sheet(goalParent.sheet)!.cell(goalParent.top, goalParent.column)?.validation
  ).toBeDefined();

  simulator.syncs.length = 0;
  const removed = await removeLinks(context);
  expect(simulator.syncs).toHaveLength(4);
  expect(removed).toEqual({
    kind: "removed",
    restored: plan.targets.map((t) =>
      expect.objectContaining({ sheet: t.sheet, address: spanAddress(t) })
    ),
    left: [],
  });
  expect(userState(model)).toBe(before);
  expect(model.customXmlParts).toEqual(parts);
  // Nothing is left to remove.
  simulator.syncs.length = 0;
  expect(await removeLinks(context)).toEqual({ kind: "nothing" });
  expect(simulator.syncs).toHaveLength(1);
});

test("a column whose cells differ, or with the user's own dropdown, is left as it is and reported", async () => {
  const { model, context, plan, i18n } = await sample("plan-en.xlsx", "en");
  const [goalParent, initiativeGoal, kpiGoal] = plan.targets;
  validate(model, initiativeGoal, [initiativeGoal.top, initiativeGoal.top + 3], USERS_RULE);
  validate(model, kpiGoal, [kpiGoal.top, kpiGoal.bottom], USERS_LIST);
  const before = userState(model);
  const untouched = [initiativeGoal, kpiGoal].map((t) =>
    JSON.stringify(validatedCells(model).get(`${t.sheet}!${t.column}`))
  );

  const outcome = await enforceLinks(context, plan, i18n);
  expect(outcome.kind === "enforced" && outcome.left).toEqual([
    {
      role: "initiative",
      field: "goal",
      sheet: "Initiatives",
      address: spanAddress(initiativeGoal),
      reason: "mixed",
    },
    {
      role: "kpi",
      field: "goal",
      sheet: "KPIs",
      address: spanAddress(kpiGoal),
      reason: "userList",
    },
  ]);
  expect(outcome.kind === "enforced" && outcome.enforced.map((e) => e.field)).toHaveLength(
    plan.targets.length - 2
  );
  expect(
    [initiativeGoal, kpiGoal].map((t) =>
      JSON.stringify(validatedCells(model).get(`${t.sheet}!${t.column}`))
    )
  ).toEqual(untouched);
  expect(validatedCells(model).get(`${goalParent.sheet}!${goalParent.column}`)).toBeDefined();

  await removeLinks(context);
  expect(userState(model)).toBe(before);
});

test("a column the user changed after enforcing is left alone by remove, and reported", async () => {
  const { model, context, plan, i18n } = await sample("plan-fa.xlsx");
  const content = contentOf(model);
  await enforceLinks(context, plan, i18n);
  const [, initiativeGoal] = plan.targets;
  const place = `${initiativeGoal.sheet}!${initiativeGoal.column}`;
  // The user gives the first ten rows a list of their own.
  const own = context.workbook.worksheets
    .getItem(initiativeGoal.sheet)
    .getRange(spanAddress({ ...initiativeGoal, bottom: initiativeGoal.top + 9 }));
  own.dataValidation.clear();
  own.dataValidation.rule = { list: { inCellDropDown: true, source: "G1,G2" } };
  await context.sync();
  const changed = JSON.stringify(validatedCells(model).get(place));

  const removed = await removeLinks(context);
  expect(removed).toEqual({
    kind: "removed",
    restored: plan.targets
      .filter((t) => t !== initiativeGoal)
      .map((t) => expect.objectContaining({ sheet: t.sheet, address: spanAddress(t) })),
    left: [
      {
        role: "initiative",
        field: "goal",
        sheet: initiativeGoal.sheet,
        address: spanAddress(initiativeGoal),
        reason: "changed",
      },
    ],
  });
  expect([...validatedCells(model).keys()]).toEqual([place]);
  expect(JSON.stringify(validatedCells(model).get(place))).toBe(changed);
  expect(contentOf(model)).toBe(content);
  expect(linksParts(model)).toEqual([]);
});

test.each([
  [
    "damaged",
    `<rahbord xmlns="${LINKS_NAMESPACE}" version="1"><links>{not json</links></rahbord>`,
    "corrupt",
  ],
  [
    "from a newer Rahbord",
    `<rahbord xmlns="${LINKS_NAMESPACE}" version="9"><links>{}</links></rahbord>`,
    "newer",
  ],
])("a links part %s is reported and nothing changes", async (_, xml, kind) => {
  const { model, context, plan, i18n } = await sample("plan-fa.xlsx");
  model.customXmlParts.push({ id: "{links}", xml });
  const before = userState(model);
  const parts = structuredClone(model.customXmlParts);
  expect(await enforceLinks(context, plan, i18n)).toEqual({
    kind: "blocked",
    part: expect.objectContaining({ kind }),
  });
  expect(await removeLinks(context)).toEqual({
    kind: "blocked",
    part: expect.objectContaining({ kind }),
  });
  expect(userState(model)).toBe(before);
  expect(model.customXmlParts).toEqual(parts);
});

test("two links parts: which one counts is unknowable, so nothing changes", async () => {
  const { model, context, plan, i18n } = await sample("plan-en.xlsx", "en");
  await enforceLinks(context, plan, i18n);
  model.customXmlParts.push({ ...linksParts(model)[0], id: "{copy}" });
  const state = userState(model);
  expect(await enforceLinks(context, plan, i18n)).toEqual({
    kind: "blocked",
    part: { kind: "several", count: 2 },
  });
  expect(await removeLinks(context)).toEqual({
    kind: "blocked",
    part: { kind: "several", count: 2 },
  });
  expect(userState(model)).toBe(state);
});

/** Types a value into a cell, which keeps its formats and validation. */
function type(model: ModelWorkbook, sheetName: string, row: number, column: number, value: string) {
  const sheet = model.sheet(sheetName)!;
  sheet.setCell(row, column, { ...(sheet.cell(row, column) ?? { value: "" }), value });
}

/** Adds a goal and an initiative of it below the last ones. */
function grow(model: ModelWorkbook, mapping: MappingDocument) {
  const goals = mapping.roles.goal!;
  const initiatives = mapping.roles.initiative!;
  const next = (sheet: string) => model.sheet(sheet)!.usedArea(true)!.bottom + 1;
  const g = next(goals.sheet);
  const i = next(initiatives.sheet);
  const at = (letters: string) => columnNumber(letters)!;
  type(model, goals.sheet, g, at(goals.columns.id.column), "G-NEW");
  type(model, goals.sheet, g, at(goals.columns.title.column), "هدف تازه");
  type(model, initiatives.sheet, i, at(initiatives.columns.id.column), "I-NEW");
  type(model, initiatives.sheet, i, at(initiatives.columns.title.column), "اقدام تازه");
  type(model, initiatives.sheet, i, at(initiatives.columns.goal.column), "G-NEW");
}

test("enforcing again after the plan grew updates the sources and covers the new rows, keeping what was saved first", async () => {
  const { model, simulator, context, mapping, plan, i18n } = await sample("plan-fa.xlsx");
  const initiativeGoal = plan.targets[1];
  validate(model, initiativeGoal, [initiativeGoal.top, 1000], USERS_RULE);
  await enforceLinks(context, plan, i18n);

  grow(model, mapping);
  const grownPlan = (await planOf(context)).plan;
  const grown = grownPlan.targets[1];
  expect(grown.bottom).toBe(initiativeGoal.bottom + 1);
  expect(grown.source).not.toBe(initiativeGoal.source);
  simulator.syncs.length = 0;
  const again = await enforceLinks(context, grownPlan, i18n);
  expect(simulator.syncs).toHaveLength(4);
  expect(again.kind === "enforced" && again.left).toEqual([]);
  const sheet = model.sheet(grown.sheet)!;
  for (let row = grown.top; row <= grown.bottom; row++)
    expect(sheet.cell(row, grown.column)?.validation?.rule).toEqual({
      list: { inCellDropDown: true, source: grown.source },
    });

  await removeLinks(context);
  const reference = (await sample("plan-fa.xlsx")).model;
  validate(reference, initiativeGoal, [initiativeGoal.top, 1000], USERS_RULE);
  grow(reference, mapping);
  expect(userState(model)).toBe(userState(reference));
});

test.each([10, 20_000])(
  "a generated plan of %i rows: fixed syncs whatever its size",
  async (rows) => {
    const simulator = new SimRequestContext(modelFromSnapshot(generatePlan(rows)));
    const context = simulator as unknown as Excel.RequestContext;
    const { plan } = await planOf(context);
    const before = userState(simulator.model);
    const i18n = createTranslator(defaultDisplayPrefs("fa"));
    expect(plan.targets.length).toBeGreaterThan(0);

    simulator.syncs.length = 0;
    await enforceLinks(context, plan, i18n);
    await enforceLinks(context, plan, i18n);
    await removeLinks(context);
    expect(simulator.syncs).toHaveLength(3 + 4 + 4);
    expect(userState(simulator.model)).toBe(before);
  }
);
