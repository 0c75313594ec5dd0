import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkbookFile } from "../../src/cli/read-workbook";
import { resolveMapping } from "../../src/cli/resolve-mapping";
import { analyse } from "../../src/core/analyse";
import { validateWorkbook } from "../../src/excel/validate-workbook";
import { modelFromXlsx } from "../../src/simulator/model-from-xlsx";
import { modelToXlsx } from "../../src/simulator/model-to-xlsx";
import { SimRequestContext } from "../../src/simulator/request-context";

const samples = path.join(__dirname, "../../samples");

async function cliFindings(file: string) {
  const read = await readWorkbookFile(file);
  const mapping = await resolveMapping(read, file, undefined);
  return analyse(read.snapshot, mapping.document, { lang: "en" }).findings;
}

test("a workbook saved after the add-in wrote its report gives the CLI the same findings", async () => {
  const original = path.join(samples, "plan-en-with-defects.xlsx");
  const model = await modelFromXlsx(readFileSync(original));
  const context = new SimRequestContext(model) as unknown as Excel.RequestContext;
  const outcome = await validateWorkbook(context, {
    lang: "en",
    mergedAreas: true,
    readingOrder: true,
  });
  expect(outcome.kind).toBe("validated");
  const saved = path.join(mkdtempSync(path.join(tmpdir(), "rahbord-")), "saved.xlsx");
  writeFileSync(saved, await modelToXlsx(model));
  expect((await readWorkbookFile(saved)).snapshot.sheets.map((s) => s.name)).toContain(
    "Rahbord report"
  );
  expect(await cliFindings(saved)).toEqual(await cliFindings(original));
});

test("the CLI never takes Rahbord's report sheet for a plan sheet", async () => {
  const { snapshot } = await readWorkbookFile(path.join(samples, "plan-en.xlsx"));
  const goals = snapshot.sheets.find((s) => s.name === "Goals")!;
  const onlyReport = { snapshot: { sheets: [{ ...goals, name: "Rahbord report" }] } };
  await expect(resolveMapping(onlyReport, "x.xlsx", undefined)).rejects.toMatchObject({
    key: "input.nothingMapped",
  });
  const renamed = { snapshot: { sheets: [{ ...goals, name: "My goals" }] } };
  expect((await resolveMapping(renamed, "x.xlsx", undefined)).document.roles.goal?.sheet).toBe(
    "My goals"
  );
});
