/**
 * @jest-environment jsdom
 */
import { renderPane } from "../helpers/render-pane";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { createTranslator, defaultDisplayPrefs, type Lang } from "../../src/core/i18n";
import { detectMapping } from "../../src/core/mapping/detect";
import type { MappingDocument, SheetMapping } from "../../src/core/mapping/mapping-document";
import {
  encodeStoredMapping,
  STORED_MAPPING_NAMESPACE,
} from "../../src/core/mapping/stored-mapping";
import { buildPlan } from "../../src/core/model/build-plan";
import { computeRollups } from "../../src/core/rollups/compute-rollups";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { loadStoredMapping } from "../../src/excel/mapping-store";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { SimRequestContext } from "../../src/simulator/request-context";
import type { ModelWorkbook } from "../../src/simulator/workbook-model";
import { simulatedSample } from "../helpers/simulated-workbook";

const WORDS = {
  fa: {
    tab: "بودجه",
    amounts: "ستون‌های مبلغ",
    preview: "اعتبار به تفکیک اقدام",
    measureOf: "محتوای ستون",
    save: "ذخیرهٔ نگاشت",
  },
  en: {
    tab: "Budget",
    amounts: "Amount columns",
    preview: "Budget by initiative",
    measureOf: "What column",
    save: "Save mapping",
  },
} as const;
type Words = (typeof WORDS)[Lang];

/** Reading a sample through the simulator takes a while on a loaded machine. */
const READ = { timeout: 10_000 };

const contextOf = (model: ModelWorkbook) =>
  new SimRequestContext(model) as unknown as Excel.RequestContext;

/**
 * The sample, what the engine detects in it (stored first, when `stored` says how), and the pane
 * opened on its Budget section, its preview read.
 */
async function openBudget(file: string, lang: Lang, stored?: (m: MappingDocument) => string) {
  const { model, context } = await simulatedSample(file);
  const snapshot = await readSnapshot(context, { mergedAreas: true });
  const mapping = detectMapping(snapshot).mapping;
  if (stored) model.customXmlParts.push({ id: "{1}", xml: stored(mapping) });
  renderPane(model, lang);
  fireEvent.click(screen.getByRole("tab", { name: WORDS[lang].tab }));
  await screen.findByLabelText(WORDS[lang].preview, { selector: "table" }, READ);
  return { model, snapshot, mapping, words: WORDS[lang] };
}

/** A table's body rows, as the texts of their cells. */
const bodyRows = (table: HTMLElement) =>
  [...table.querySelectorAll("tbody tr")].map((row) =>
    [...row.querySelectorAll("td")].map((cell) => cell.textContent)
  );

/** Each amount column as the table shows it: its letter, what it holds, its year. */
function amountRows(words: Words) {
  const table = screen.getByLabelText(words.amounts, { selector: "table" });
  return [...table.querySelectorAll("tbody tr")].map((row) => [
    /\(([A-Z]+)\)$/.exec(row.querySelector("td")!.textContent!)![1],
    row.querySelector("select")!.value,
    row.querySelector<HTMLInputElement>("input[role=spinbutton]")!.value,
  ]);
}

/** The preview's rows: each initiative's code, approved and spent, then the total's amounts. */
const previewRows = (words: Words) =>
  bodyRows(screen.getByLabelText(words.preview, { selector: "table" }));

/** The same rows as the engine's own roll-up gives them under a mapping, in the reader's digits. */
function engineRows(snapshot: WorkbookSnapshot, mapping: MappingDocument, lang: Lang) {
  const i18n = createTranslator(defaultDisplayPrefs(lang));
  const number = (n: number) => i18n.number(n, { maximumFractionDigits: 2 });
  const rollups = computeRollups(buildPlan(snapshot, mapping));
  const { total } = rollups.budget;
  return [
    ...rollups.initiatives.map((i) => [i.code, number(i.budget.approved), number(i.budget.spent)]),
    [number(total.approved), number(total.spent)],
  ];
}

const withBudget = (mapping: MappingDocument, budget: SheetMapping): MappingDocument => ({
  ...mapping,
  roles: { ...mapping.roles, budget },
});

/** The mapping without one of its budget's wide columns. */
const without = (mapping: MappingDocument, column: string) =>
  withBudget(mapping, {
    ...mapping.roles.budget!,
    wide: mapping.roles.budget!.wide!.filter((w) => w.column !== column),
  });

const chooseMeasure = (words: Words, column: string, value: string) =>
  fireEvent.change(screen.getByLabelText(new RegExp(`^${words.measureOf} ${column} `)), {
    target: { value },
  });

/** Opens a dropdown by its label (a required field's ends in its asterisk) and picks an option. */
function choose(label: RegExp, option: string) {
  fireEvent.click(screen.getByLabelText(label, { selector: "button" }));
  fireEvent.click(screen.getByRole("option", { name: option }));
}

test("the wide budget of plan-fa is recognised with its years, and previews as the engine rolls it up", async () => {
  const { snapshot, mapping, words } = await openBudget("plan-fa.xlsx", "fa");
  expect(screen.getByLabelText(/^پهن/)).toHaveProperty("checked", true);
  expect(amountRows(words)).toEqual([
    ["E", "approved", "۱۴۰۲"],
    ["F", "approved", "۱۴۰۳"],
    ["G", "approved", "۱۴۰۴"],
    ["H", "approved", "۱۴۰۵"],
    ["I", "approved", "۱۴۰۶"],
    ["J", "spent", "۱۴۰۲"],
    ["K", "spent", "۱۴۰۳"],
  ]);
  const expected = engineRows(snapshot, mapping, "fa");
  expect(expected.length).toBeGreaterThan(2);
  expect(previewRows(words)).toEqual(expected);
  expect(screen.getByText("همهٔ ردیف‌های بودجه به اقدامی از سند اشاره می‌کنند.")).toBeTruthy();
});

test("a column no longer read changes the preview's total", async () => {
  const { snapshot, mapping, words } = await openBudget("plan-fa.xlsx", "fa");
  const before = engineRows(snapshot, mapping, "fa").at(-1);
  const after = engineRows(snapshot, without(mapping, "E"), "fa").at(-1);
  expect(after).not.toEqual(before);
  expect(previewRows(words).at(-1)).toEqual(before);
  chooseMeasure(words, "E", "none");
  await waitFor(() => expect(previewRows(words).at(-1)).toEqual(after), READ);
});

test("the lines of plan-fa-with-defects that link to no initiative are listed with their cells", async () => {
  await openBudget("plan-fa-with-defects.xlsx", "fa");
  const table = screen.getByLabelText("ردیف‌های بودجه‌ای که به هیچ اقدامی پیوند ندارند: ۲", {
    selector: "table",
  });
  expect(bodyRows(table).map((cells) => cells.slice(0, 2))).toEqual([
    ["A17", "اق-10"],
    ["A18", "(خالی)"],
  ]);
});

test("Save stores the edited budget part and keeps the rest of the detected mapping", async () => {
  const { model, mapping, words } = await openBudget("plan-fa.xlsx", "fa");
  chooseMeasure(words, "K", "none");
  fireEvent.change(screen.getByLabelText(/^منبع تأمین ستون F /), {
    target: { value: "منابع دولتی" },
  });
  const year = screen.getByLabelText<HTMLInputElement>(/^سال ستون G /);
  fireEvent.change(year, { target: { value: "۱۴۰۷" } });
  fireEvent.blur(year);
  expect(year.value).toBe("۱۴۰۷");
  fireEvent.click(screen.getByRole("button", { name: words.save }));
  expect(await screen.findByText(/^نگاشت در این کارپوشه ذخیره شد/, {}, READ)).toBeTruthy();

  const edited = without(mapping, "K").roles.budget!;
  const state = await loadStoredMapping(contextOf(model));
  expect(state.kind === "ok" && state.mapping).toEqual(
    withBudget(mapping, {
      ...edited,
      wide: edited.wide!.map((w) =>
        w.column === "F"
          ? { ...w, source: "منابع دولتی" }
          : w.column === "G"
            ? { ...w, year: 1407 }
            : w
      ),
    })
  );
});

test("in English, the stored budget part is where it starts; a column read again is saved with the settings kept", async () => {
  const settings = { rules: { "weights-not-100": "off" as const } };
  const { model, snapshot, mapping, words } = await openBudget("plan-en.xlsx", "en", (m) =>
    encodeStoredMapping({ ...without(m, "I"), settings })
  );
  expect(screen.getByText(/^These are the budget columns of the mapping stored/)).toBeTruthy();
  expect(amountRows(words)).toContainEqual(["I", "none", "2027"]);
  expect(previewRows(words)).toEqual(engineRows(snapshot, without(mapping, "I"), "en"));

  chooseMeasure(words, "I", "approved");
  await waitFor(
    () => expect(previewRows(words)).toEqual(engineRows(snapshot, mapping, "en")),
    READ
  );
  fireEvent.click(screen.getByRole("button", { name: words.save }));
  expect(await screen.findByText(/^The mapping is saved in this workbook/, {}, READ)).toBeTruthy();
  const state = await loadStoredMapping(contextOf(model));
  expect(state.kind === "ok" && state.mapping).toEqual({ ...mapping, settings });
});

test("a damaged stored mapping is replaced only when the user says so", async () => {
  const damaged = `<rahbord xmlns="${STORED_MAPPING_NAMESPACE}" version="1"><mapping>{not json</mapping></rahbord>`;
  const { model, mapping, words } = await openBudget("plan-en.xlsx", "en", () => damaged);
  expect(
    screen.getByText(/cannot be used \(it is damaged\), so the columns were recognised/)
  ).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: words.save }));
  fireEvent.click(await screen.findByRole("button", { name: "Replace it" }, READ));
  expect(await screen.findByText(/^The mapping is saved in this workbook/, {}, READ)).toBeTruthy();
  const state = await loadStoredMapping(contextOf(model));
  expect(state.kind === "ok" && state.mapping).toEqual(mapping);
});

test("the sheet and the initiative code column are chosen by name; without that column nothing links", async () => {
  const { words } = await openBudget("plan-en.xlsx", "en");
  const recognised = amountRows(words);
  choose(/^Initiative code column/, "None");
  expect(screen.getByText("Without it no budget line links to an initiative.")).toBeTruthy();
  await waitFor(
    () =>
      expect(
        new Set(
          previewRows(words)
            .slice(0, -1)
            .flatMap(([, ...amounts]) => amounts)
        )
      ).toEqual(new Set(["0"])),
    READ
  );

  choose(/^Budget sheet/, "Initiatives");
  expect(screen.getByLabelText(/^Long/)).toHaveProperty("checked", true);
  expect(screen.queryByLabelText(words.amounts, { selector: "table" })).toBeNull();
  await waitFor(() => expect(previewRows(words)).toContainEqual(["I1", "0", "0"]), READ);

  choose(/^Budget sheet/, "Budget");
  expect(amountRows(words)).toEqual(recognised);
  expect(screen.getByLabelText(/^Initiative code column/, { selector: "button" }).textContent).toBe(
    "Initiative code (A)"
  );
  await waitFor(() => expect(previewRows(words)[0]).not.toEqual(["I1", "0", "0"]), READ);
});
