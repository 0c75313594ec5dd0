import { highlightFormula } from "../../src/core/report/highlight-plan";
import { conditionalPaint } from "../../src/playground/grid/conditional-paint";
import { ModelSheet, type ModelConditionalFormat } from "../../src/simulator/workbook-model";

const area = (top: number, left: number, bottom = top, right = left) => ({
  top,
  left,
  bottom,
  right,
});
const WHOLE = area(1, 1, 100, 100);

/** A sheet with 0, 50 and 100 down A1:A3 and the given formats, first priority first. */
function sheetWith(...formats: Omit<ModelConditionalFormat, "id">[]) {
  const sheet = new ModelSheet("Plan");
  [0, 50, 100].forEach((value, i) => sheet.setCell(i + 1, 1, { value }));
  sheet.setCell(4, 1, { value: "text" });
  formats.forEach((f, i) => sheet.conditionalFormats.push({ id: `{cf-${i}}`, ...f }));
  const paint = conditionalPaint(sheet).within(WHOLE);
  return (row: number, column = 1) => paint(row, column, sheet.cell(row, column)?.value ?? "");
}

test("Rahbord's highlights colour their cells; custom rules it cannot evaluate are left undrawn", () => {
  const paint = sheetWith(
    {
      type: "Custom",
      areas: [area(2, 1)],
      formula: highlightFormula("error"),
      style: { fill: "#FFC7CE", fontColor: "#9C0006" },
    },
    { type: "Custom", areas: [area(3, 1)], formula: "=A3>10", style: { fill: "#000000" } }
  );
  expect(paint(2)).toEqual({ fill: "#FFC7CE", fontColor: "#9C0006" });
  expect(paint(1)).toBeUndefined();
  expect(paint(3)).toBeUndefined();
});

test("a colour scale set through office.js runs from the lowest to the highest number", () => {
  const paint = sheetWith({
    type: "ColorScale",
    areas: [area(1, 1, 4, 1)],
    detail: {
      criteria: {
        minimum: { type: "LowestValue", color: "#FFFFFF" },
        maximum: { type: "HighestValue", color: "#2F5597" },
      },
    },
  });
  expect([paint(1), paint(2), paint(3)]).toEqual([
    { fill: "#FFFFFF" },
    { fill: "#97AACB" },
    { fill: "#2F5597" },
  ]);
  expect(paint(4)).toBeUndefined(); // text takes no colour
});

test("a three-colour scale read from a file (exceljs's rule), its midpoint a percentile", () => {
  const paint = sheetWith({
    type: "ColorScale",
    areas: [area(1, 1, 3, 1)],
    detail: {
      type: "colorScale",
      cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
      color: [{ argb: "FFF8696B" }, { argb: "FFFFEB84" }, { argb: "FF63BE7B" }],
    },
  });
  expect([paint(1), paint(2), paint(3)]).toEqual([
    { fill: "#F8696B" },
    { fill: "#FFEB84" },
    { fill: "#63BE7B" },
  ]);
});

test("formats apply in priority order: the first to set a property wins, stopIfTrue ends the list", () => {
  const scale = {
    type: "ColorScale",
    areas: [area(1, 1, 3, 1)],
    detail: {
      criteria: {
        minimum: { type: "LowestValue", color: "#000000" },
        maximum: { type: "HighestValue", color: "#FFFFFF" },
      },
    },
  };
  const mark = { type: "Custom", areas: [area(2, 1)], formula: highlightFormula("warning") };
  expect(sheetWith({ ...mark, style: { fill: "#FFEB9C", bold: true } }, scale)(2)).toEqual({
    fill: "#FFEB9C",
    bold: true,
  });
  expect(sheetWith({ ...mark, style: { bold: true } }, scale)(2)).toEqual({
    fill: "#808080",
    bold: true,
  });
  expect(sheetWith({ ...mark, style: { bold: true }, stopIfTrue: true }, scale)(2)).toEqual({
    bold: true,
  });
});

test("a scale in theme colours, which would need the file's theme, is left undrawn", () => {
  const paint = sheetWith({
    type: "ColorScale",
    areas: [area(1, 1, 3, 1)],
    detail: { cfvo: [{ type: "min" }, { type: "max" }], color: [{ theme: 4 }, { theme: 5 }] },
  });
  expect(paint(1)).toBeUndefined();
});
