import path from "node:path";
import { readWorkbookFile } from "../../src/cli/read-workbook";
import { analyse } from "../../src/core/analyse";
import { detectMapping } from "../../src/core/mapping/detect";
import { REPORT_SHEET_NAMES } from "../../src/core/report/report-labels";
import { encodeStoredMapping } from "../../src/core/mapping/stored-mapping";
import { validateWorkbook } from "../../src/excel/validate-workbook";
import { FINDINGS_TABLE } from "../../src/excel/write-report";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { modelFromSnapshot } from "../../src/simulator/model-from-snapshot";
import { PAYLOAD_LIMIT } from "../../src/simulator/payload";
import { SimRequestContext } from "../../src/simulator/request-context";
import { generatePlan } from "../../tools/generate-plan";
import { dressAsUsersWorkbook, simulatedSample } from "../helpers/simulated-workbook";
import { userState } from "../helpers/workbook-state";

const samples = path.join(__dirname, "../../samples");
const options = {
  lang: "fa" as const,
  mergedAreas: true,
  readingOrder: true,
  now: new Date(2026, 10, 27),
};

async function cliFindings(file: string) {
  const { snapshot } = await readWorkbookFile(path.join(samples, file));
  return analyse(snapshot, detectMapping(snapshot).mapping, { lang: "fa" });
}

test.each(["plan-fa-with-defects.xlsx", "plan-en-with-defects.xlsx", "plan-fa.xlsx"])(
  "validate on %s finds what the CLI finds, in four syncs besides the read's chunk",
  async (file) => {
    const { model, simulator, context } = await simulatedSample(file);
    const outcome = await validateWorkbook(context, options);
    const cli = await cliFindings(file);
    expect(outcome).toMatchObject({ kind: "validated", counts: cli.counts, source: "detected" });
    expect(model.table(FINDINGS_TABLE)?.table.area.bottom).toBe(
      7 + Math.max(cli.findings.length, 1)
    );
    const report = model.sheet(outcome.kind === "validated" ? outcome.reportSheet : "")!;
    const messages = cli.findings.map((_, i) => report.cell(8 + i, 3)?.value);
    expect(messages).toEqual(cli.findings.map((f) => f.message));
    expect(simulator.syncs.length - 1).toBe(4); // one chunk: a sample is small
  }
);

test("validate leaves the user's sheets as they were (values, formulas, formats, notes, validation, conditional formats, names); a second run reuses the report sheet and does not read it as a plan sheet", async () => {
  const { model, context } = await simulatedSample("plan-fa-with-defects.xlsx");
  dressAsUsersWorkbook(model, model.sheets[0].name, 3);
  const userSheets = () => userState(model, REPORT_SHEET_NAMES);
  const before = userSheets();
  const first = await validateWorkbook(context, options);
  expect(userSheets()).toBe(before);
  const sheets = model.sheets.length;
  const second = await validateWorkbook(context, options);
  expect(second).toEqual(first);
  expect(model.sheets).toHaveLength(sheets);
  expect(userSheets()).toBe(before);
});

test("a stored mapping is used; a damaged one stops validate and is left as it was", async () => {
  const file = "plan-en-with-defects.xlsx";
  const { model, simulator, context } = await simulatedSample(file);
  const { snapshot } = await readWorkbookFile(path.join(samples, file));
  model.customXmlParts.push({
    id: "{1}",
    xml: encodeStoredMapping(detectMapping(snapshot).mapping),
  });
  const syncs = simulator.syncs.length;
  expect(await validateWorkbook(context, options)).toMatchObject({
    kind: "validated",
    source: "workbook",
  });
  expect(simulator.syncs.length - syncs - 1).toBe(4);

  const damaged = '<rahbord xmlns="urn:rahbord:mapping" version="1"><mapping>{</mapping></rahbord>';
  model.customXmlParts[0].xml = damaged;
  expect(await validateWorkbook(context, options)).toMatchObject({
    kind: "mapping-unusable",
    stored: { kind: "corrupt" },
  });
  expect(model.customXmlParts[0].xml).toBe(damaged);
});

test("four syncs besides the read's chunks for a 10-row and a 50k-row plan alike; none over 5 MB", async () => {
  for (const rows of [10, 50_000]) {
    const plan = generatePlan(rows);
    const chunks = new SimRequestContext(modelFromSnapshot(plan));
    await readSnapshot(chunks as unknown as Excel.RequestContext);
    const simulator = new SimRequestContext(modelFromSnapshot(plan));
    const outcome = await validateWorkbook(simulator as unknown as Excel.RequestContext, options);
    expect(outcome.kind).toBe("validated");
    expect(simulator.syncs.length - (chunks.syncs.length - 2)).toBe(4);
    expect(simulator.largest().requestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(simulator.largest().responseBytes).toBeLessThan(PAYLOAD_LIMIT);
  }
});
