/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useContext, useMemo, useState } from "react";
import { TextDecoder } from "node:util";
import type { Finding } from "../../src/core/findings";
import { countFindings } from "../../src/core/findings";
import { createTranslator, defaultDisplayPrefs, type Lang } from "../../src/core/i18n";
import { SEVERITY_LABELS, reportLabel } from "../../src/core/report/report-labels";
import { RULES } from "../../src/core/rules/catalogue";
import { supportReport } from "../../src/excel/requirements";
import { validateWorkbook } from "../../src/excel/validate-workbook";
import { simulatedWorkbook } from "../../src/simulator/workbook-access";
import type { ModelWorkbook } from "../../src/simulator/workbook-model";
import { I18nContext } from "../../src/taskpane/i18n-context";
import type { PaneHost } from "../../src/taskpane/pane-host";
import { PlanContext, type LastValidation } from "../../src/taskpane/plan-context";
import { FindingsScreen } from "../../src/taskpane/screens/findings/FindingsScreen";
import { outlinedModel, simulatedSample } from "../helpers/simulated-workbook";

const fa = createTranslator(defaultDisplayPrefs("fa"));
const en = createTranslator(defaultDisplayPrefs("en"));
const SAMPLE = "plan-fa-with-defects.xlsx";

const excel = (model: ModelWorkbook): PaneHost => ({
  kind: "excel",
  support: supportReport(() => true),
  workbook: simulatedWorkbook(model),
});

/** The Findings screen as the pane shows it: the reader's language, the session's last validation. */
function Pane(props: { host: PaneHost; lang: Lang; validation?: LastValidation }) {
  // The rest of the session as it starts (live mode off).
  const session = useContext(PlanContext);
  const [validation, setValidation] = useState(props.validation);
  const [highlighted, setHighlighted] = useState<boolean>();
  const plan = useMemo(
    () => ({ ...session, validation, setValidation, highlighted, setHighlighted }),
    [session, validation, highlighted]
  );
  const i18n = useMemo(
    () => ({ i18n: createTranslator(defaultDisplayPrefs(props.lang)), setPrefs: () => undefined }),
    [props.lang]
  );
  return (
    <I18nContext.Provider value={i18n}>
      <PlanContext.Provider value={plan}>
        <FluentProvider dir={props.lang === "fa" ? "rtl" : "ltr"} theme={webLightTheme}>
          <FindingsScreen host={props.host} onNavigate={() => undefined} />
        </FluentProvider>
      </PlanContext.Provider>
    </I18nContext.Provider>
  );
}

/**
 * jsdom lays nothing out: the list's viewport and every row get a height, so the virtualiser
 * renders a deterministic window of rows.
 */
function layout(viewport: number, row: number) {
  const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetHeight")!;
  Object.defineProperty(HTMLElement.prototype, "clientHeight", {
    configurable: true,
    get: () => viewport,
  });
  Object.defineProperty(HTMLElement.prototype, "offsetHeight", {
    configurable: true,
    get: () => row,
  });
  return () => {
    Reflect.deleteProperty(HTMLElement.prototype, "clientHeight");
    Object.defineProperty(HTMLElement.prototype, "offsetHeight", offsetHeight);
  };
}

let restoreLayout: () => void;
beforeEach(() => (restoreLayout = layout(100_000, 40)));
afterEach(() => restoreLayout());

/** What validate itself finds on the sample, on a copy of its own. */
async function expectedFindings() {
  const { context } = await simulatedSample(SAMPLE);
  const outcome = await validateWorkbook(context, {
    lang: "fa",
    mergedAreas: true,
    readingOrder: true,
  });
  if (outcome.kind !== "validated") throw new Error(outcome.kind);
  return outcome.findings;
}

/** The sample in the pane, in Persian, validated through the Validate button. */
async function validatedSample() {
  const findings = await expectedFindings();
  const { model } = await simulatedSample(SAMPLE);
  const host = excel(model);
  const view = render(<Pane host={host} lang="fa" />);
  expect(screen.getByText(fa.t("findings.none"))).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: fa.t("home.validate") }));
  const total = findings.length;
  await screen.findByText(fa.t("findings.shown", { shown: total, total }));
  return { model, host, findings, view };
}

/** A validation as the session keeps it, of the findings given. */
const validationOf = (findings: Finding[]): LastValidation => ({
  kind: "validated",
  findings,
  counts: countFindings(findings),
  source: "workbook",
  uncertain: false,
  reportSheet: "Rahbord report",
  at: new Date(2026, 10, 27),
});

const shownStatus = (t: typeof fa, shown: number, total: number) =>
  screen.getByText(t.t("findings.shown", { shown, total }));
const cellLinks = () =>
  screen.queryAllByRole("button", { name: /^رفتن به |^Go to / }).map((link) => link.textContent);
const ours = (model: ModelWorkbook) =>
  model.sheets.flatMap((s) => s.conditionalFormats.filter((f) => f.formula?.includes("rahbord")));

test("Validate lists exactly the findings validate gives, grouped by severity with their counts", async () => {
  const { findings } = await validatedSample();
  const counts = countFindings(findings);
  const groups = [
    ["errors", counts.errors],
    ["warnings", counts.warnings],
    ["infos", counts.infos],
  ] as const;
  const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
  expect(headings).toEqual(
    groups.map(([label, count]) =>
      fa.t("findings.group", { name: reportLabel(label, "fa"), count })
    )
  );
  const list = screen.getByRole("list", { name: fa.t("nav.findings") });
  expect(within(list).getAllByRole("listitem")).toHaveLength(findings.length + groups.length);
  expect(cellLinks().sort()).toEqual(findings.map((f) => `${f.sheet}!${f.cell}`).sort());
  // The severity toggles carry the counts.
  expect(
    screen.getByRole("button", { name: fa.t("home.count.errors", { count: counts.errors }) })
  ).toBeTruthy();
  expect(screen.getByText(fa.t("home.count.infos", { count: counts.infos }))).toBeTruthy();
});

test("search narrows the list; Persian and Latin digits match alike", async () => {
  const { findings } = await validatedSample();
  const search = screen.getByRole("searchbox", { name: fa.t("findings.search") });
  const initiative2 = ["اقدامات!G6", "اقدامات!H6", "اعتبارات!K8"];
  // The initiatives sheet writes the code «اق-۲», the budget sheet «اق-2»: both are found either way.
  for (const query of ["اق-2", "اق-۲"]) {
    fireEvent.change(search, { target: { value: query } });
    await waitFor(() => expect(cellLinks().sort()).toEqual([...initiative2].sort()));
    expect(shownStatus(fa, 3, findings.length)).toBeTruthy();
  }
  // «۱۶۳» in a message is found as 163; a cell by its address.
  fireEvent.change(search, { target: { value: "163" } });
  await waitFor(() => expect(cellLinks()).toEqual(["سیاست‌های کلان!F6"]));
  fireEvent.change(search, { target: { value: "شاخص‌ها!h11" } });
  await waitFor(() => expect(cellLinks()).toEqual(["شاخص‌ها!H11"]));
  fireEvent.change(search, { target: { value: "nothing like this" } });
  expect(await screen.findByText(fa.t("findings.noMatch"))).toBeTruthy();
});

test("severity toggles hide and show their findings; grouping by rule or sheet regroups them", async () => {
  const { findings } = await validatedSample();
  const counts = countFindings(findings);
  const errors = screen.getByRole("button", {
    name: fa.t("home.count.errors", { count: counts.errors }),
  });
  fireEvent.click(errors);
  expect(errors.getAttribute("aria-pressed")).toBe("false");
  expect(shownStatus(fa, findings.length - counts.errors, findings.length)).toBeTruthy();
  expect(screen.queryByText(SEVERITY_LABELS.error.fa)).toBeNull();
  fireEvent.click(errors);

  const groupBy = screen.getByRole("combobox", { name: fa.t("findings.groupBy") });
  fireEvent.change(groupBy, { target: { value: "sheet" } });
  const sheets = [...new Set(findings.map((f) => f.sheet))];
  expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(
    sheets.map((name) =>
      fa.t("findings.group", { name, count: findings.filter((f) => f.sheet === name).length })
    )
  );
  fireEvent.change(groupBy, { target: { value: "rule" } });
  const order = RULES.map((r) => r.meta.id).filter((id) => findings.some((f) => f.rule === id));
  expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(
    order.map((name) =>
      fa.t("findings.group", { name, count: findings.filter((f) => f.rule === name).length })
    )
  );
});

test("a finding's cell is one click away; a sheet gone since the check is said so", async () => {
  const { model } = await validatedSample();
  fireEvent.click(screen.getByRole("button", { name: "رفتن به اقدامات!H6" }));
  await waitFor(() => expect(model.active?.name).toBe("اقدامات"));
  expect(model.selection).toEqual({
    sheet: model.sheet("اقدامات"),
    area: { top: 6, left: 8, bottom: 6, right: 8 },
  });

  model.sheet("شاخص‌ها")!.name = "KPIs renamed";
  fireEvent.click(screen.getByRole("button", { name: "رفتن به شاخص‌ها!H11" }));
  expect(await screen.findByText(fa.t("findings.sheetGone", { sheet: "شاخص‌ها" }))).toBeTruthy();
  expect(model.active?.name).toBe("اقدامات");
});

test("“why” shows the rule's explanation in the pane's language", async () => {
  const { host, findings, view } = await validatedSample();
  const first = findings.find((f) => f.severity === "error")!;
  const explanation = RULES.find((r) => r.meta.id === first.rule)!.meta.description;
  const [why] = screen.getAllByRole("button", { name: fa.t("findings.why") });
  expect(why.getAttribute("aria-expanded")).toBe("false");
  expect(screen.queryByText(explanation.fa)).toBeNull();
  fireEvent.click(why);
  expect(why.getAttribute("aria-expanded")).toBe("true");
  expect(document.getElementById(why.getAttribute("aria-controls")!)?.textContent).toBe(
    explanation.fa
  );
  view.rerender(<Pane host={host} lang="en" />);
  expect(screen.getByText(explanation.en)).toBeTruthy();
  expect(screen.queryByText(explanation.fa)).toBeNull();
});

/** A blob's bytes (jsdom's Blob has no arrayBuffer()). */
const bytesOf = (blob: Blob) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });

/** The file a click on an export button downloads: its name and its bytes. */
async function download(button: string) {
  let blob: Blob | undefined;
  let name = "";
  URL.createObjectURL = jest.fn((b: Blob) => {
    blob = b;
    return "blob:findings";
  });
  URL.revokeObjectURL = jest.fn();
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement
  ) {
    name = this.download;
  });
  fireEvent.click(screen.getByRole("button", { name: button }));
  click.mockRestore();
  const bytes = await bytesOf(blob!);
  return { name, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

test("CSV export: UTF-8 with BOM, the report sheet's columns, one line per finding", async () => {
  const { findings } = await validatedSample();
  const { name, bytes, text } = await download(fa.t("findings.export.csv"));
  expect(name).toMatch(/^rahbord-findings-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = text.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("شدت,قاعده,شرح,کاربرگ,خانه,پیوند,موضوع,کد,خانه‌های مرتبط");
  expect(lines).toHaveLength(findings.length + 1);
  expect(lines[1].startsWith(`خطا,${findings[0].rule},`)).toBe(true);
});

test("JSON export: the CLI's finding fields, and the counts", async () => {
  const { findings } = await validatedSample();
  const { name, text } = await download(fa.t("findings.export.json"));
  expect(name).toMatch(/^rahbord-findings-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = JSON.parse(text);
  expect(parsed.summary).toEqual(countFindings(findings));
  expect(parsed.findings).toHaveLength(findings.length);
  expect(parsed.findings[0]).toEqual({
    rule: findings[0].rule,
    severity: findings[0].severity,
    message: findings[0].message,
    sheet: findings[0].sheet,
    cell: findings[0].cell,
    row: findings[0].row,
    entity: findings[0].entity,
    id: findings[0].id,
  });
  expect(parsed.findings.find((f: { id: unknown }) => f.id === null)?.rule).toBe(
    "unlinked-budget-line"
  );
});

test("the highlights switch colours the findings' cells and clears them; it shows what the workbook has", async () => {
  const { model, host, findings, view } = await validatedSample();
  const toggle = () => screen.getByRole("switch", { name: fa.t("findings.highlight") });
  await waitFor(() => expect(toggle().hasAttribute("disabled")).toBe(false));
  expect((toggle() as HTMLInputElement).checked).toBe(false);
  fireEvent.click(toggle());
  const cells = new Set(findings.map((f) => `${f.sheet}!${f.cell}`)).size;
  expect(await screen.findByText(fa.t("findings.highlight.done", { cells }))).toBeTruthy();
  expect(ours(model).length).toBeGreaterThan(0);
  expect((toggle() as HTMLInputElement).checked).toBe(true);

  // Validating again with highlights on marks the new findings.
  const marks = ours(model).length;
  for (const sheet of model.sheets) sheet.conditionalFormats.length = 0;
  fireEvent.click(screen.getByRole("button", { name: fa.t("findings.validateAgain") }));
  await waitFor(() => expect(ours(model)).toHaveLength(marks));

  // Opened again, the screen reads the highlights from the workbook.
  view.unmount();
  render(<Pane host={host} lang="fa" validation={validationOf(findings)} />);
  await waitFor(() => expect((toggle() as HTMLInputElement).checked).toBe(true));

  fireEvent.click(toggle());
  await waitFor(() => expect((toggle() as HTMLInputElement).checked).toBe(false));
  expect(ours(model)).toEqual([]);
});

test("a workbook with nothing that looks like a plan: Validate says so", async () => {
  const host = excel(outlinedModel([{ name: "Notes", visibility: "Visible", used: [3, 2] }]));
  render(<Pane host={host} lang="en" />);
  fireEvent.click(screen.getByRole("button", { name: en.t("home.validate") }));
  expect(await screen.findByText(en.t("home.nothingMapped"))).toBeTruthy();
  expect(screen.getByText(en.t("findings.none"))).toBeTruthy();
});

/** Ten thousand findings over three sheets, every rule and severity, each with its own code. */
function manyFindings(): Finding[] {
  const sheets = ["Goals", "Initiatives", "KPIs"];
  return Array.from({ length: 10_000 }, (_, i) => ({
    rule: RULES[i % RULES.length].meta.id,
    severity: (["error", "warning", "info"] as const)[i % 3],
    message: `Finding number ${i}`,
    sheet: sheets[i % sheets.length],
    cell: `C${i + 2}`,
    row: i + 2,
    entity: "goal",
    id: `K-${i}`,
  }));
}

test("10,000 findings: only a window of rows is in the page, and filters and search still work", async () => {
  restoreLayout();
  restoreLayout = layout(600, 40);
  render(
    <Pane host={excel(outlinedModel([]))} lang="en" validation={validationOf(manyFindings())} />
  );
  const rows = () => screen.getAllByRole("listitem");
  expect(shownStatus(en, 10_000, 10_000)).toBeTruthy();
  expect(rows().length).toBeGreaterThan(5);
  expect(rows().length).toBeLessThan(100);
  expect(rows()[0].getAttribute("aria-setsize")).toBe(String(10_000 + 3));

  fireEvent.click(screen.getByRole("button", { name: en.t("home.count.errors", { count: 3334 }) }));
  expect(shownStatus(en, 6666, 10_000)).toBeTruthy();
  expect(rows().length).toBeLessThan(100);

  fireEvent.change(screen.getByRole("searchbox", { name: en.t("findings.search") }), {
    target: { value: "k-7777" },
  });
  await waitFor(() => expect(cellLinks()).toEqual(["Initiatives!C7779"]));
  expect(shownStatus(en, 1, 10_000)).toBeTruthy();
});
