/**
 * @jest-environment jsdom
 */
import { buildPlanDashboard } from "../../src/commands/build-dashboard";
import { clearPlanHighlights } from "../../src/commands/clear-highlights";
import { enforcePlanLinks, removePlanLinks } from "../../src/commands/links-commands";
import { insertPlanTemplate } from "../../src/commands/template-command";
import { highlightPlan, validatePlan } from "../../src/commands/validate-plan";
import { registerRibbonCommands, ribbonCommands } from "../../src/commands/ribbon-commands";
import { noticeFromUrl, type Notice } from "../../src/commands/notice";
import { encodeStoredMapping } from "../../src/core/mapping/stored-mapping";
import { detectMapping } from "../../src/core/mapping/detect";
import { modelFromSnapshot } from "../../src/simulator/model-from-snapshot";
import { SimRequestContext } from "../../src/simulator/request-context";
import type { ModelWorkbook } from "../../src/simulator/workbook-model";
import { generatePlan } from "../../tools/generate-plan";
import { REPORT_SHEET_NAMES } from "../../src/core/report/report-labels";
import { simulatedContext, type SheetOutline } from "../helpers/simulated-workbook";
import { userState } from "../helpers/workbook-state";

type DialogCallback = (result: unknown) => void;

interface OfficeFake {
  dialog: { close: jest.Mock; handlers: Map<string, () => void> };
  dialogUrl?: string;
  openFails?: boolean;
  excelApi: string;
  displayLanguage: string;
  associate: jest.Mock;
}

function installOffice(
  options: Partial<OfficeFake> & {
    sheets?: SheetOutline[];
    model?: ModelWorkbook;
    runError?: Error;
  }
) {
  const fake: OfficeFake = {
    dialog: { close: jest.fn(), handlers: new Map() },
    excelApi: "1.17",
    displayLanguage: "en-US",
    associate: jest.fn(),
    ...options,
  };
  const run = jest.fn(async (batch: (ctx: Excel.RequestContext) => Promise<unknown>) => {
    if (options.runError) throw options.runError;
    const context = options.model
      ? (new SimRequestContext(options.model) as unknown as Excel.RequestContext)
      : simulatedContext(options.sheets ?? []).context;
    return batch(context);
  });
  Object.assign(globalThis, {
    Excel: { run },
    Office: {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
      actions: { associate: fake.associate },
      context: {
        displayLanguage: fake.displayLanguage,
        requirements: {
          isSetSupported: (name: string, version: string) =>
            name === "ExcelApi" &&
            Number(version.split(".")[1]) <= Number(fake.excelApi.split(".")[1]),
        },
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback: DialogCallback) => {
            fake.dialogUrl = url;
            setTimeout(() =>
              callback(
                fake.openFails
                  ? {
                      status: "failed",
                      error: { code: 12007, message: "A dialog is already open" },
                    }
                  : {
                      status: "succeeded",
                      value: {
                        close: fake.dialog.close,
                        addEventHandler: (type: string, handler: () => void) =>
                          fake.dialog.handlers.set(type, handler),
                      },
                    }
              )
            );
          },
        },
      },
    },
  });
  return { fake, run };
}

const event = () =>
  ({ completed: jest.fn() }) as unknown as Office.AddinCommands.Event & { completed: jest.Mock };

/** Runs the command until its dialog is open, lets the user close it, and returns what it showed. */
async function runCommand(
  fake: OfficeFake,
  close: "button" | "x" | "none" = "button",
  command: (e: Office.AddinCommands.Event) => Promise<void> = validatePlan
) {
  const e = event();
  const done = command(e);
  // Work that awaits timers of its own (exceljs's zip) runs until the notice opens.
  for (let i = 0; i < 1000 && !fake.dialogUrl && !fake.openFails; i++)
    await jest.advanceTimersByTimeAsync(10);
  await jest.advanceTimersByTimeAsync(0);
  if (close === "button") fake.dialog.handlers.get("message")?.();
  if (close === "x") fake.dialog.handlers.get("event")?.();
  if (close === "none") await jest.advanceTimersByTimeAsync(5 * 60_000);
  await done;
  return { e, notice: fake.dialogUrl ? noticeFromUrl(fake.dialogUrl) : undefined };
}

const sheets: SheetOutline[] = [
  { name: "اهداف", visibility: "Visible", used: [25, 8] },
  { name: "Budget", visibility: "Visible", used: [1200, 14] },
  { name: "Empty", visibility: "Hidden" },
];

beforeEach(() => {
  jest.useFakeTimers();
  localStorage.clear();
});
afterEach(() => jest.useRealTimers());

/** A generated Persian plan (a few defects in it), as the simulator's workbook. */
const plan = () => modelFromSnapshot(generatePlan(200));

test("validates the plan, writes the report and tells the counts; completes once the notice is closed", async () => {
  const model = plan();
  const { fake } = installOffice({ model });
  const { e, notice } = await runCommand(fake);
  expect(notice).toMatchObject<Partial<Notice>>({ kind: "info", lang: "en", title: "Rahbord" });
  expect(notice?.lines[0]).toMatch(
    /^Errors: \d+, warnings: \d+, notes: \d+\. The list is on the «Rahbord report» sheet\.$/
  );
  expect(notice?.lines[1]).toMatch(/^No plan mapping is stored/);
  expect(model.sheet("Rahbord report")).toBeDefined();
  expect(fake.dialogUrl).toMatch(/^http:\/\/localhost\/notice\.html\?notice=/);
  expect(fake.dialog.close).toHaveBeenCalledTimes(1);
  expect(e.completed).toHaveBeenCalledTimes(1);
});

test("speaks Persian with Persian digits when Office does; a stored mapping needs no advice", async () => {
  const model = plan();
  const mapping = detectMapping(generatePlan(200)).mapping;
  model.customXmlParts.push({ id: "{1}", xml: encodeStoredMapping(mapping) });
  const { fake } = installOffice({ model, displayLanguage: "fa-IR" });
  const { notice } = await runCommand(fake);
  expect(notice?.lang).toBe("fa");
  expect(notice?.lines).toHaveLength(1);
  expect(notice?.lines[0]).toMatch(
    /^[۰-۹]+ خطا، [۰-۹]+ هشدار، [۰-۹]+ یادداشت\. فهرست در برگهٔ «گزارش راهبرد» است\.$/
  );
  expect(notice?.closeLabel).toBe("بستن");
});

test("a workbook without plan sheets is told how to map them", async () => {
  const { fake } = installOffice({ sheets });
  const { notice } = await runCommand(fake);
  expect(notice?.kind).toBe("info");
  expect(notice?.lines).toEqual([expect.stringMatching(/^No sheet looks like a plan sheet/)]);
});

test("a damaged stored mapping is reported, and nothing is checked", async () => {
  const model = plan();
  model.customXmlParts.push({
    id: "{1}",
    xml: '<rahbord xmlns="urn:rahbord:mapping" version="1"/>',
  });
  const { fake } = installOffice({ model });
  const { notice } = await runCommand(fake);
  expect(notice?.kind).toBe("error");
  expect(notice?.lines[0]).toMatch(/cannot be used \(it is damaged\)/);
  expect(model.sheet("Rahbord report")).toBeUndefined();
});

test("a failing workbook read becomes an error notice, and the event still completes", async () => {
  const failure = new Error("RichApi.Error: GeneralException");
  const { fake } = installOffice({ runError: failure });
  const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const { e, notice } = await runCommand(fake);
  expect(logged).toHaveBeenCalledWith("Rahbord: Validate plan failed", failure);
  logged.mockRestore();
  expect(notice?.kind).toBe("error");
  expect(notice?.title).toBe("Rahbord could not finish");
  expect(notice?.lines[0]).toBe("Something went wrong: RichApi.Error: GeneralException");
  expect(e.completed).toHaveBeenCalledTimes(1);
});

test("an Excel below the minimum is told so without touching the workbook", async () => {
  const { fake, run } = installOffice({ sheets, excelApi: "1.4" });
  const { notice } = await runCommand(fake);
  expect(run).not.toHaveBeenCalled();
  expect(notice?.kind).toBe("error");
  expect(notice?.lines[0]).toMatch(/does not support ExcelApi 1\.7/);
});

test("a dialog that cannot open still completes the event", async () => {
  const { fake } = installOffice({ sheets, openFails: true });
  const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const { e } = await runCommand(fake, "none");
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(error).toHaveBeenCalledWith(
    "Rahbord: the notice dialog did not open",
    expect.objectContaining({ code: 12007 }),
    expect.anything()
  );
  error.mockRestore();
});

test("a notice closed with its own X is not closed again", async () => {
  const { fake } = installOffice({ sheets });
  const { e } = await runCommand(fake, "x");
  expect(fake.dialog.close).not.toHaveBeenCalled();
  expect(e.completed).toHaveBeenCalledTimes(1);
});

test("a notice left open is closed before Office ends the command", async () => {
  const { fake } = installOffice({ sheets });
  const e = event();
  const done = validatePlan(e);
  await jest.advanceTimersByTimeAsync(4 * 60_000);
  expect(e.completed).not.toHaveBeenCalled();
  await jest.advanceTimersByTimeAsync(40_000);
  await done;
  expect(fake.dialog.close).toHaveBeenCalledTimes(1);
  expect(e.completed).toHaveBeenCalledTimes(1);
});

test("every ribbon command is registered with Office.actions.associate", () => {
  const { fake } = installOffice({});
  registerRibbonCommands();
  expect(fake.associate.mock.calls).toEqual(
    Object.entries(ribbonCommands).map(([name, handler]) => [name, handler])
  );
  expect(Object.keys(ribbonCommands)).toEqual([
    "validatePlan",
    "highlightPlan",
    "clearPlanHighlights",
    "buildPlanDashboard",
    "insertPlanTemplate",
    "enforcePlanLinks",
    "removePlanLinks",
  ]);
});

test("on an Excel without merged areas and reading order, validate still runs and says what it lacks", async () => {
  const model = plan();
  const { fake } = installOffice({ model, excelApi: "1.8" });
  const { notice } = await runCommand(fake);
  expect(notice?.kind).toBe("info");
  expect(notice?.lines.at(-1)).toBe(
    "Not available in this version of Excel: right-to-left text in the sheets Rahbord writes (needs ExcelApi 1.9); reading merged group titles above two-row headers (needs ExcelApi 1.13)"
  );
  expect(model.sheet("Rahbord report")).toBeDefined();
});

describe("Highlight findings and Clear highlights", () => {
  const marks = (model: ModelWorkbook) =>
    model.sheets.flatMap((s) => s.conditionalFormats.filter((f) => f.formula?.includes("rahbord")));

  test("highlight validates, colours the offending cells and says how many; clear removes them all", async () => {
    const model = plan();
    const before = userState(model);
    const { fake } = installOffice({ model });
    const { notice } = await runCommand(fake, "button", highlightPlan);
    expect(notice?.kind).toBe("info");
    expect(notice?.lines[1]).toMatch(/^\d+ offending cells are coloured on the plan sheets/);
    expect(model.sheet("Rahbord report")).toBeDefined();
    expect(marks(model).length).toBeGreaterThan(0);

    const cleared = await runCommand(fake, "button", clearPlanHighlights);
    expect(cleared.notice?.lines[0]).toMatch(
      /^Rahbord's highlights are removed \(\d+ conditional formats\)/
    );
    expect(userState(model, REPORT_SHEET_NAMES)).toBe(before);
    const again = await runCommand(fake, "button", clearPlanHighlights);
    expect(again.notice?.lines).toEqual(["There were no Rahbord highlights to remove."]);
  });

  test("on an Excel without RangeAreas, highlight marks areas one by one and names what it lacks", async () => {
    const model = plan();
    const { fake } = installOffice({ model, excelApi: "1.8" });
    const { notice } = await runCommand(fake, "button", highlightPlan);
    expect(marks(model).every((f) => f.areas.length === 1)).toBe(true);
    expect(notice?.lines.at(-1)).toMatch(
      /one highlight for many scattered cells \(needs ExcelApi 1\.9\)/
    );
  });
});

describe("Build dashboard", () => {
  test("builds the dashboard sheet and tells how many figures are live", async () => {
    const model = plan();
    const { fake } = installOffice({ model, displayLanguage: "fa-IR" });
    const { notice } = await runCommand(fake, "button", buildPlanDashboard);
    expect(notice?.kind).toBe("info");
    expect(notice?.lines[0]).toMatch(
      /^داشبورد در برگهٔ «داشبورد راهبرد» است: ۶ نمودار؛ [۰-۹]+ رقم فرمول‌اند/
    );
    expect(model.sheet("داشبورد راهبرد")?.charts).toHaveLength(6);
  });

  test("a workbook without plan sheets is told how to map them instead", async () => {
    const { fake } = installOffice({ sheets });
    const { notice } = await runCommand(fake, "button", buildPlanDashboard);
    expect(notice?.lines).toEqual([expect.stringMatching(/^No sheet looks like a plan sheet/)]);
  });
});

describe("Insert template, Enforce links and Remove links", () => {
  test("the template's sheets are added and named in the notice, in Persian", async () => {
    const model = plan();
    const sheets = model.sheets.length;
    const { fake } = installOffice({ model, displayLanguage: "fa-IR" });
    const { notice } = await runCommand(fake, "button", insertPlanTemplate);
    expect(notice?.kind).toBe("info");
    expect(notice?.lines[0]).toMatch(/^برگه‌های الگوی برنامه‌ریزی افزوده شد: /);
    expect(model.sheets.length).toBeGreaterThan(sheets);
    expect(model.sheets.slice(sheets).some((s) => s.rightToLeft)).toBe(true);
  });

  test("links are enforced on the plan, then removed, leaving the sheets as they were", async () => {
    const model = plan();
    const before = userState(model);
    const { fake } = installOffice({ model });
    const enforced = await runCommand(fake, "button", enforcePlanLinks);
    expect(enforced.notice?.lines[0]).toMatch(
      /^\d+ parent-code ranges now offer the parent's codes/
    );
    expect(userState(model)).not.toBe(before);
    const removed = await runCommand(fake, "button", removePlanLinks);
    expect(removed.notice?.lines[0]).toMatch(/^Rahbord's dropdowns are removed from \d+ ranges/);
    expect(userState(model)).toBe(before);
    const again = await runCommand(fake, "button", removePlanLinks);
    expect(again.notice?.lines).toEqual(["Rahbord has added no dropdowns to this workbook."]);
  });

  test("on an Excel without data validation, Enforce links says so without touching the workbook", async () => {
    const { fake, run } = installOffice({ model: plan(), excelApi: "1.7" });
    const { notice } = await runCommand(fake, "button", enforcePlanLinks);
    expect(run).not.toHaveBeenCalled();
    expect(notice?.kind).toBe("error");
  });
});
