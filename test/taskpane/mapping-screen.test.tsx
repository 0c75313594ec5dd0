/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { defaultDisplayPrefs, type DisplayPrefs } from "../../src/core/i18n";
import { detectMapping } from "../../src/core/mapping/detect";
import { STORED_MAPPING_NAMESPACE } from "../../src/core/mapping/stored-mapping";
import { loadStoredMapping, saveStoredMapping } from "../../src/excel/mapping-store";
import { readHeaderArea } from "../../src/excel/read-header-area";
import { modelFromXlsx } from "../../src/simulator/model-from-xlsx";
import { simulatedWorkbook } from "../../src/simulator/workbook-access";
import type { ModelWorkbook } from "../../src/simulator/workbook-model";
import { App } from "../../src/taskpane/App";
import { renderPane } from "../helpers/render-pane";

const sample = (file: string) =>
  modelFromXlsx(readFileSync(path.join(__dirname, "../../samples", file)));

const fa = defaultDisplayPrefs("fa");

const mappingTab = (prefs: DisplayPrefs) => (prefs.lang === "fa" ? "نگاشت" : "Mapping");

/** Renders the pane on the workbook, opens the Mapping tab and waits for its sheets. */
async function openMapping(model: ModelWorkbook, prefs: DisplayPrefs = fa) {
  const view = renderPane(simulatedWorkbook(model), prefs);
  fireEvent.click(screen.getByRole("tab", { name: mappingTab(prefs) }));
  await screen.findByRole("table", { name: prefs.lang === "fa" ? "برگه‌ها" : "Sheets" });
  return view;
}

const select = (label: string) => screen.getByLabelText(label) as HTMLSelectElement;
const choose = (label: string, value: string) =>
  fireEvent.change(select(label), { target: { value } });
const roleOf = (sheet: string) => select(`محتوای برگهٔ «${sheet}»`);
const fieldOf = (column: string, header: string) => `فیلد ستون ${column} (${header})`;
const openSheet = (sheet: string) =>
  fireEvent.click(screen.getByRole("button", { name: new RegExp(`«${sheet}»`) }));
const previewCaptions = (sheet: string) =>
  within(screen.getByRole("table", { name: `نخستین ردیف‌های «${sheet}»` }))
    .getAllByRole("columnheader")
    .map((cell) => cell.textContent);

const storedMapping = (model: ModelWorkbook) => simulatedWorkbook(model).run(loadStoredMapping);
const detected = async (model: ModelWorkbook) =>
  detectMapping(
    await simulatedWorkbook(model).run((context) => readHeaderArea(context, { mergedAreas: true }))
  ).mapping;

const ROLES_FA = {
  "شناسنامهٔ سند": "",
  "سیاست‌های کلان": "policy",
  اهداف: "goal",
  اقدامات: "initiative",
  شاخص‌ها: "kpi",
  "پایش شاخص‌ها": "kpi-actuals",
  اعتبارات: "budget",
};

test("on plan-fa.xlsx every role is detected with its sheet, sure, in Persian digits", async () => {
  await openMapping(await sample("plan-fa.xlsx"));
  expect(document.documentElement.dir).toBe("rtl");
  for (const [sheet, role] of Object.entries(ROLES_FA)) expect(roleOf(sheet).value).toBe(role);
  const roles = screen.getByRole("table", { name: "برگه‌ها" });
  expect(within(roles).getAllByText("اطمینان ۱۰۰٪")).toHaveLength(6);
  expect(screen.getByText(/راهبرد این برگه‌ها و ستون‌ها را تشخیص داد/)).toBeTruthy();
  expect(screen.getByText("هر برگهٔ نگاشت‌شده ستون‌هایی را که راهبرد لازم دارد دارد.")).toBeTruthy();

  openSheet("اعتبارات");
  expect((screen.getByRole("spinbutton") as HTMLInputElement).value).toBe("۵");
  // The two-row header is read as one caption per column; wide columns name their measure and year.
  expect(select(fieldOf("E", "اعتبار مصوب ۱۴۰۲")).selectedOptions[0].textContent).toBe(
    "مصوب در ۱۴۰۲"
  );
  expect(previewCaptions("اعتبارات").slice(0, 3)).toEqual(["ردیف", "اقدام", "منبع تأمین"]);
  openSheet("پایش شاخص‌ها");
  expect(previewCaptions("پایش شاخص‌ها").slice(0, 3)).toEqual([
    "ردیف",
    "شاخص",
    "مقدار واقعی در سه‌ماههٔ ۱ ۱۴۰۲",
  ]);
});

test("changing a column's field updates the preview's caption", async () => {
  await openMapping(await sample("plan-fa.xlsx"));
  openSheet("اهداف");
  expect(previewCaptions("اهداف")).toContain("وزن");
  const preview = screen.getByRole("table", { name: "نخستین ردیف‌های «اهداف»" });
  expect(within(preview).getAllByRole("row")).toHaveLength(1 + 5);
  expect(within(preview).getByText("ه-۱-۱")).toBeTruthy();

  choose(fieldOf("I", "وزن (درصد)"), "field:budgetCeiling");
  expect(previewCaptions("اهداف")).toContain("سقف اعتبار");
  expect(previewCaptions("اهداف")).not.toContain("وزن");
  const row = select(fieldOf("I", "وزن (درصد)")).closest("tr")!;
  expect(within(row).getByText("انتخاب شما")).toBeTruthy();

  // A field is read from one column: giving it to another takes it from the first.
  choose(fieldOf("F", "متولی"), "field:budgetCeiling");
  expect(select(fieldOf("I", "وزن (درصد)")).value).toBe("");
  expect(previewCaptions("اهداف")).toEqual([
    "ردیف",
    "کد",
    "عنوان",
    "هدف بالادست",
    "سیاست‌ها",
    "سقف اعتبار",
    "شروع",
    "پایان",
  ]);
});

test("a required field without a column is named plainly, and goes when given one", async () => {
  await openMapping(await sample("plan-fa.xlsx"));
  openSheet("اهداف");
  openSheet("شاخص‌ها");
  choose(fieldOf("B", "کد هدف"), "");
  choose(fieldOf("C", "کد هدف"), "");
  choose(fieldOf("D", "کد اقدام"), "");
  const gaps = screen.getByText("آنچه راهبرد لازم دارد و در نگاشت نیست").parentElement!;
  expect(
    within(gaps)
      .getAllByRole("listitem")
      .map((item) => item.textContent)
  ).toEqual([
    "برگهٔ هدف «اهداف»: ستونی برای کد نیست.",
    "برگهٔ شاخص «شاخص‌ها»: ستونی برای هدف یا اقدام نیست.",
  ]);
  choose(fieldOf("D", "کد اقدام"), "field:initiative");
  expect(screen.queryByText(/ستونی برای هدف یا اقدام نیست/)).toBeNull();
  // A sheet that holds no role needs nothing.
  fireEvent.change(roleOf("اهداف"), { target: { value: "" } });
  expect(screen.queryByText(/آنچه راهبرد لازم دارد/)).toBeNull();
});

test("a sheet given another sheet's role takes it over, and the other is left without one", async () => {
  await openMapping(await sample("plan-fa.xlsx"));
  fireEvent.change(roleOf("شناسنامهٔ سند"), { target: { value: "goal" } });
  expect(roleOf("اهداف").value).toBe("");
  expect(screen.getByText("برگهٔ هدف «شناسنامهٔ سند»: ستونی برای کد نیست.")).toBeTruthy();
  // Given back, the goals sheet gets detection's columns again.
  fireEvent.change(roleOf("اهداف"), { target: { value: "goal" } });
  expect(roleOf("شناسنامهٔ سند").value).toBe("");
  openSheet("اهداف");
  expect(select(fieldOf("B", "کد هدف")).value).toBe("field:id");
});

test("Save stores the mapping the screen shows, which then opens as the starting point", async () => {
  const model = await sample("plan-fa.xlsx");
  const { unmount } = await openMapping(model);
  openSheet("اهداف");
  choose(fieldOf("I", "وزن (درصد)"), "field:budgetCeiling");
  fireEvent.click(screen.getByRole("button", { name: "ذخیرهٔ نگاشت" }));
  expect(await screen.findByText(/نگاشت در این کارپوشه ذخیره شد/)).toBeTruthy();

  const stored = await storedMapping(model);
  if (stored.kind !== "ok") throw new Error(`stored mapping is ${stored.kind}`);
  const expected = await detected(model);
  const goalColumns = expected.roles.goal!.columns;
  goalColumns.budgetCeiling = goalColumns.weight;
  delete goalColumns.weight;
  expect(stored.mapping).toEqual(expected);
  // What the screen shows is what is stored: each sheet's role, and each goal column's field.
  const shown = (table: string, pattern: RegExp) =>
    (
      within(screen.getByRole("table", { name: table })).getAllByRole(
        "combobox"
      ) as HTMLSelectElement[]
    )
      .filter((s) => s.value)
      .map((s) => [s.value.replace("field:", ""), pattern.exec(s.getAttribute("aria-label")!)![1]]);
  expect(Object.fromEntries(shown("برگه‌ها", /«(.+)»/))).toEqual(
    Object.fromEntries(Object.entries(stored.mapping.roles).map(([role, m]) => [role, m.sheet]))
  );
  expect(Object.fromEntries(shown("ستون‌های «اهداف»", /ستون (\w+) /))).toEqual(
    Object.fromEntries(
      Object.entries(stored.mapping.roles.goal!.columns).map(([field, c]) => [field, c.column])
    )
  );

  unmount();
  await openMapping(model);
  expect(screen.getByText(/این نگاشتی است که در این کارپوشه ذخیره شده است/)).toBeTruthy();
  openSheet("اهداف");
  expect(select(fieldOf("I", "وزن (درصد)")).value).toBe("field:budgetCeiling");
  const row = select(fieldOf("I", "وزن (درصد)")).closest("tr")!;
  expect(within(row).getByText("ذخیره‌شده")).toBeTruthy();

  fireEvent.click(screen.getByRole("button", { name: "تشخیص دوباره" }));
  await waitFor(() => expect(select(fieldOf("I", "وزن (درصد)")).value).toBe("field:weight"));
});

test("a stored mapping follows moved columns and names a role whose sheet is gone", async () => {
  const model = await sample("plan-fa.xlsx");
  const mapping = await detected(model);
  mapping.roles.goal!.columns.title = { column: "Z", header: "عنوان هدف" };
  mapping.roles.kpi!.sheet = "شاخص‌های قدیمی";
  mapping.settings = { tolerance: 0.01 };
  await simulatedWorkbook(model).run((context) => saveStoredMapping(context, mapping));
  await openMapping(model);
  expect(roleOf("شاخص‌ها").value).toBe("");
  const gone =
    "نگاشت ذخیره‌شده ردیف‌های شاخص را از برگهٔ «شاخص‌های قدیمی» می‌خواند که در این کارپوشه نیست.";
  expect(screen.getByText(gone)).toBeTruthy();
  openSheet("اهداف");
  expect(select(fieldOf("C", "عنوان هدف")).value).toBe("field:title");

  fireEvent.change(roleOf("شاخص‌ها"), { target: { value: "kpi" } });
  expect(screen.queryByText(gone)).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "ذخیرهٔ نگاشت" }));
  expect(await screen.findByText(/نگاشت در این کارپوشه ذخیره شد/)).toBeTruthy();
  // Saved as found now, with the settings kept.
  expect(await storedMapping(model)).toEqual({
    kind: "ok",
    mapping: await detected(model).then((m) => ({ ...m, settings: { tolerance: 0.01 } })),
  });
});

test("the header row is edited in the reader's digits, and the preview starts below it", async () => {
  await openMapping(await sample("plan-fa.xlsx"));
  openSheet("اهداف");
  const headerRow = screen.getByRole("spinbutton", { name: "ردیف سرستون" }) as HTMLInputElement;
  expect(headerRow.value).toBe("۴");
  fireEvent.change(headerRow, { target: { value: "۶" } });
  fireEvent.blur(headerRow);
  expect(headerRow.value).toBe("۶");
  const preview = screen.getByRole("table", { name: "نخستین ردیف‌های «اهداف»" });
  expect(within(preview).getAllByRole("row")[1].textContent).toMatch(/^۷ه-۱-۲/);
  // The columns keep their fields; their headers are now the new header row's cells.
  expect(select(fieldOf("B", "ه-۱-۱")).value).toBe("field:id");
});

test("a damaged stored mapping is explained, and replaced only when the user says so", async () => {
  const model = await sample("plan-fa.xlsx");
  const damaged = {
    id: "{damaged}",
    xml: `<rahbord xmlns="${STORED_MAPPING_NAMESPACE}" version="1"><mapping>{not json</mapping></rahbord>`,
  };
  model.customXmlParts.push(damaged);
  await openMapping(model);
  expect(screen.getByText(/قابل استفاده نیست \(آسیب دیده است\)، پس برگه‌ها دوباره/)).toBeTruthy();
  expect(roleOf("اهداف").value).toBe("goal");

  const save = screen.getByRole("button", { name: "ذخیرهٔ نگاشت" });
  fireEvent.click(save);
  expect(await screen.findByText(/پیش‌تر در این کارپوشه ذخیره شده قابل استفاده نیست/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "نگه داشته شود" }));
  expect(screen.getByText(/چیزی ذخیره نشد/)).toBeTruthy();
  expect(model.customXmlParts).toEqual([damaged]);

  fireEvent.click(save);
  fireEvent.click(await screen.findByRole("button", { name: "جایگزین شود" }));
  expect(await screen.findByText(/نگاشت در این کارپوشه ذخیره شد/)).toBeTruthy();
  expect(await storedMapping(model)).toEqual({ kind: "ok", mapping: await detected(model) });
  expect(model.customXmlParts).toHaveLength(1);
});

test("in English: left to right, English labels, Latin digits", async () => {
  const model = await sample("plan-en.xlsx");
  await openMapping(model, defaultDisplayPrefs("en"));
  expect(document.documentElement.dir).toBe("ltr");
  expect(select("What the sheet «Goals» holds").value).toBe("goal");
  expect(select("What the sheet «About» holds").selectedOptions[0].textContent).toBe(
    "Not a plan sheet"
  );
  expect(screen.getAllByText("100% sure").length).toBeGreaterThan(0);
  fireEvent.click(screen.getByRole("button", { name: /«Goals»/ }));
  expect(screen.getByText("Sheet «Goals»: Goal")).toBeTruthy();
  expect(screen.getByLabelText("Field of column B (Goal code)")).toBeTruthy();
  const preview = screen.getByRole("table", { name: "First rows of «Goals»" });
  expect(within(preview).getAllByRole("columnheader")[1].textContent).toBe("Code");
  expect(within(preview).getAllByRole("row")[1].textContent).toMatch(/^5G1/);
  choose("Field of column B (Goal code)", "");
  expect(screen.getByText("Goal sheet «Goals»: no column for the code.")).toBeTruthy();
});

test("a failed read says what happened, and the sheets are read again on request", async () => {
  const workbook = simulatedWorkbook(await sample("plan-fa.xlsx"));
  let fail = false;
  renderPane(
    {
      run: (batch) =>
        fail ? Promise.reject(new Error("RichApi.Error: GeneralException")) : workbook.run(batch),
    },
    fa
  );
  fail = true;
  fireEvent.click(screen.getByRole("tab", { name: mappingTab(fa) }));
  expect(await screen.findByText("خطایی رخ داد: RichApi.Error: GeneralException")).toBeTruthy();
  fail = false;
  fireEvent.click(screen.getByRole("button", { name: "خواندن دوبارهٔ برگه‌ها" }));
  await screen.findByRole("table", { name: "برگه‌ها" });
  expect(roleOf("اهداف").value).toBe("goal");
  expect(screen.queryByText(/خطایی رخ داد/)).toBeNull();
});

test("outside Excel the screen says it needs a workbook", () => {
  render(
    <App
      host={{ kind: "outside", officeLoaded: true }}
      initialPrefs={fa}
      onPrefsChange={jest.fn()}
    />
  );
  fireEvent.click(screen.getByRole("tab", { name: "نگاشت" }));
  expect(screen.getByText(/نگاشت از کارپوشهٔ باز خوانده و در آن ذخیره می‌شود/)).toBeTruthy();
});
