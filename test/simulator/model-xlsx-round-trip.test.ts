import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { readWorkbookFile } from "../../src/cli/read-workbook";
import { detectMapping } from "../../src/core/mapping/detect";
import { decodeStoredMapping, encodeStoredMapping } from "../../src/core/mapping/stored-mapping";
import { modelFromXlsx } from "../../src/simulator/model-from-xlsx";
import { modelToXlsx } from "../../src/simulator/model-to-xlsx";
import {
  ModelSheet,
  ModelWorkbook,
  type ModelValidation,
} from "../../src/simulator/workbook-model";
import { generatePlan } from "../../tools/generate-plan";

const dir = mkdtempSync(path.join(tmpdir(), "rahbord-sim-trip-"));
const mapping = detectMapping(generatePlan(20)).mapping;
const basic = (key: string, rule: object): ModelValidation => ({
  rule: { [key]: rule },
  ignoreBlanks: false,
});

/** A workbook with every feature the model has. */
function everything(): ModelWorkbook {
  const plan = new ModelSheet("Plan");
  plan.setCell(1, 1, { value: "Name" });
  plan.setCell(1, 2, { value: "Budget" });
  plan.setCell(2, 1, { value: "x" });
  plan.setCell(2, 2, { value: 5, numberFormat: "#,##0" });
  plan.setCell(3, 1, { value: "y" });
  plan.setCell(3, 2, { value: 10, formula: "=B2*2" });
  plan.tables.push({
    name: "Budgets",
    area: { top: 1, left: 1, bottom: 3, right: 2 },
    headerRow: true,
  });
  plan.setCell(1, 3, {
    value: "hot",
    fill: "#FFC7CE",
    font: { color: "#9C0006", bold: true, italic: true },
  });
  plan.setCell(2, 3, {
    value: "site",
    hyperlink: { address: "https://example.org/", screenTip: "Example" },
  });
  plan.setCell(3, 3, { value: "there", hyperlink: { documentReference: "'My data'!A1" } });
  plan.setCell(4, 3, { value: "", note: "Check this" });
  plan.setCell(1, 4, {
    value: "",
    validation: {
      rule: { list: { inCellDropDown: true, source: "=$A$2:$A$3" } },
      ignoreBlanks: true,
      prompt: { showPrompt: true, title: "Pick", message: "One of the names" },
      errorAlert: { showAlert: true, style: "Warning", title: "Oops", message: "Not a name" },
    },
  });
  const validations = [
    basic("wholeNumber", { formula1: "1", formula2: "10", operator: "Between" }),
    { ...basic("list", { inCellDropDown: true, source: 'a,"b",c' }), ignoreBlanks: true },
    basic("decimal", { formula1: "0.5", formula2: "1.5", operator: "NotBetween" }),
    basic("date", { formula1: "45292", operator: "GreaterThan" }),
    basic("time", { formula1: "0.25", operator: "LessThanOrEqualTo" }),
    basic("textLength", { formula1: "3", operator: "EqualTo" }),
    basic("custom", { formula: "=ISNUMBER(A1)" }),
  ];
  validations.forEach((validation, i) => plan.setCell(2 + i, 4, { value: i, validation }));
  plan.setCell(1, 5, { value: "متن", readingOrder: "RightToLeft" });
  plan.setCell(1, 6, { value: "merged" });
  plan.merged = [{ top: 1, left: 6, bottom: 2, right: 7 }];
  plan.conditionalFormats.push(
    {
      id: "{cf-1}",
      type: "Custom",
      areas: [{ top: 2, left: 2, bottom: 3, right: 2 }],
      formula: "=$B2>6",
      style: { fill: "#FFC7CE", fontColor: "#9C0006", bold: true },
    },
    {
      id: "{cf-2}",
      type: "ColorScale",
      areas: [
        { top: 2, left: 2, bottom: 3, right: 2 },
        { top: 5, left: 1, bottom: 5, right: 1 },
      ],
      detail: {
        type: "colorScale",
        cfvo: [{ type: "min" }, { type: "max" }],
        color: [{ argb: "FFF8696B" }, { argb: "FF63BE7B" }],
      },
    }
  );
  plan.frozenRows = 1;
  const data = new ModelSheet("My data", "Hidden");
  data.rightToLeft = true;
  data.setCell(1, 1, { value: "target" });
  data.conditionalFormats.push({
    id: "{cf-3}",
    type: "Custom",
    areas: [{ top: 1, left: 1, bottom: 1, right: 1 }],
    formula: '=A1="target"',
    style: { fill: "#C6EFCE" },
  });
  const model = new ModelWorkbook(
    [plan, data],
    [
      {
        id: "{11111111-2222-4333-8444-555555555555}",
        xml: '<note xmlns="urn:someone:else">keep</note>',
      },
      { id: "{22222222-2222-4333-8444-555555555555}", xml: encodeStoredMapping(mapping) },
    ]
  );
  model.names.push(
    { name: "Budget", formula: "=Plan!$B$2:$B$3", visible: true, comment: "" },
    { name: "Spots", formula: "='My data'!$A$1,Plan!$C$1", visible: true, comment: "" }
  );
  return model;
}

const sheetsOf = (model: ModelWorkbook) =>
  model.sheets.map(
    ({ name, visibility, cells, merged, tables, conditionalFormats, rightToLeft, frozenRows }) => ({
      name,
      visibility,
      cells,
      merged,
      tables,
      conditionalFormats,
      rightToLeft,
      frozenRows,
    })
  );

async function throughFile(model: ModelWorkbook, name: string): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await modelToXlsx(model));
  return file;
}

test("a model with every feature survives model → xlsx → model exactly", async () => {
  const model = everything();
  const back = await modelFromXlsx(await modelToXlsx(model));
  expect(sheetsOf(back)).toEqual(sheetsOf(model));
  expect(back.sheet("Plan")?.cell(1, 1)).toStrictEqual({ value: "Name" }); // a plain cell stays plain
  expect(back.names).toEqual(model.names);
  expect(back.customXmlParts).toEqual(model.customXmlParts);
});

test("the same model always gives the same bytes", async () => {
  expect(await modelToXlsx(everything())).toEqual(await modelToXlsx(everything()));
});

test("the CLI finds the mapping the simulator stored, without LibreOffice on the PATH", async () => {
  const saved = process.env.PATH;
  process.env.PATH = mkdtempSync(path.join(tmpdir(), "rahbord-no-tools-")); // no soffice anywhere
  try {
    const read = await readWorkbookFile(await throughFile(everything(), "stored.xlsx"));
    expect(read.storedMappingXml).toBe(encodeStoredMapping(mapping));
    expect(decodeStoredMapping(read.storedMappingXml!)).toEqual({ kind: "ok", mapping });
    expect(read.snapshot.sheets.map((s) => s.name)).toEqual(["Plan", "My data"]);
  } finally {
    process.env.PATH = saved;
  }
});

test("links and parts as Excel writes them: ranges, in-workbook locations, no itemProps", async () => {
  const model = new ModelWorkbook([new ModelSheet("Plan")], [{ id: "{x}", xml: "<a/>" }]);
  model.sheets[0].setCell(1, 1, { value: "go", hyperlink: { address: "https://example.org/" } });
  const zip = await JSZip.loadAsync(await modelToXlsx(model));
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file(
    "xl/worksheets/sheet1.xml",
    sheet.replace(
      /<hyperlinks>.*<\/hyperlinks>/,
      '<hyperlinks><hyperlink ref="A1:A2" location="Plan!B1" tooltip="Go"/></hyperlinks>'
    )
  );
  zip.remove("customXml/_rels/item1.xml.rels");
  const back = await modelFromXlsx(await zip.generateAsync({ type: "uint8array" }));
  const link = { documentReference: "Plan!B1", screenTip: "Go" };
  expect(back.sheets[0].cell(1, 1)).toEqual({ value: "go", hyperlink: link });
  expect(back.sheets[0].cell(2, 1)).toEqual({ value: "", hyperlink: link });
  expect(back.customXmlParts).toEqual([
    { id: "{00000001-0000-4000-8000-000000000000}", xml: "<a/>" },
  ]);
});

test("names exceljs cannot write (a sheet's own, constants) are left out, not written wrong", async () => {
  const plan = new ModelSheet("Plan");
  plan.setCell(1, 1, { value: 1 });
  const model = new ModelWorkbook([plan]);
  model.names.push(
    { name: "Rate", formula: "=0.09", visible: true, comment: "" },
    { name: "Local", formula: "=Plan!$A$1", visible: true, comment: "", scope: plan },
    { name: "Cell", formula: "=Plan!$A$1", visible: true, comment: "" }
  );
  const back = await modelFromXlsx(await modelToXlsx(model));
  expect(back.names.map((n) => n.name)).toEqual(["Cell"]);
});

test("a sample's formatting loads: header fills and bold fonts, plain cells as bare values", async () => {
  const model = await modelFromXlsx(
    readFileSync(path.join(__dirname, "../../samples/plan-en.xlsx"))
  );
  const cells = model.sheets.flatMap((s) =>
    [...s.cells.values()].flatMap((line) => [...line.values()])
  );
  expect(cells).toContainEqual(expect.objectContaining({ fill: "#DCE6F1", font: { bold: true } }));
  expect(cells.filter((c) => Object.keys(c).length === 1).length).toBeGreaterThan(100);
  expect(cells.every((c) => c.font === undefined || c.font.bold)).toBe(true);
});
