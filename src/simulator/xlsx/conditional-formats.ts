import type ExcelJS from "exceljs";
import { areaOfRange, cellAddress } from "../../core/snapshot/address";
import type { CellArea } from "../../core/snapshot/workbook-snapshot";
import type { ModelConditionalFormat, ModelConditionalStyle, ModelSheet } from "../workbook-model";
import { argbOf, rgbOf } from "./cell-format";

/** exceljs's rule as it reads and writes it; its typings leave out the sheet's list of them. */
interface ExcelRule {
  type: string;
  priority?: number;
  formulae?: string[];
  style?: Partial<ExcelJS.Style>;
  [key: string]: unknown;
}
interface ExcelFormatting {
  ref: string;
  rules: ExcelRule[];
}

/** Excel.ConditionalFormatType for exceljs's rule types other than "expression" (a "Custom"). */
const TYPE: Record<string, string> = {
  cellIs: "CellValue",
  colorScale: "ColorScale",
  dataBar: "DataBar",
  iconSet: "IconSet",
  top10: "TopBottom",
  containsText: "ContainsText",
};

/** Numbers conditional formats "{cf-1}", "{cf-2}"… through a whole workbook. */
export function conditionalFormatIds(): () => string {
  let n = 0;
  return () => `{cf-${++n}}`;
}

function styleOf(style: Partial<ExcelJS.Style> | undefined): ModelConditionalStyle {
  const model: ModelConditionalStyle = {};
  // A conditional format's solid fill is its background colour; exceljs's own files use the front.
  const fill = style?.fill?.type === "pattern" ? style.fill : undefined;
  const color = rgbOf(fill?.bgColor) ?? rgbOf(fill?.fgColor);
  if (color) model.fill = color;
  const fontColor = rgbOf(style?.font?.color);
  if (fontColor) model.fontColor = fontColor;
  if (style?.font?.bold) model.bold = true;
  return model;
}

function excelStyle(style: ModelConditionalStyle | undefined): Partial<ExcelJS.Style> {
  return {
    ...(style?.fill && {
      fill: { type: "pattern", pattern: "solid", bgColor: argbOf(style.fill) },
    }),
    ...((style?.fontColor || style?.bold) && {
      font: {
        ...(style.fontColor && { color: argbOf(style.fontColor) }),
        ...(style.bold && { bold: true }),
      },
    }),
  };
}

function formatOf(ref: string, rule: ExcelRule, id: string): ModelConditionalFormat {
  const areas = ref.split(/\s+/).flatMap((range) => areaOfRange(range) ?? []);
  if (rule.type === "expression")
    return {
      id,
      type: "Custom",
      areas,
      formula: `=${rule.formulae?.[0] ?? ""}`,
      style: styleOf(rule.style),
    };
  // Without the priority (the model's order is the priority) nor the keys exceljs left undefined.
  const detail: unknown = JSON.parse(JSON.stringify({ ...rule, priority: undefined }));
  return { id, type: TYPE[rule.type] ?? "PresetCriteria", areas, detail };
}

/** The sheet's conditional formats, one per rule, first priority first. */
export function conditionalFormatsOf(
  ws: ExcelJS.Worksheet,
  nextId: () => string
): ModelConditionalFormat[] {
  const formattings = (ws as unknown as { conditionalFormattings: ExcelFormatting[] })
    .conditionalFormattings;
  return formattings
    .flatMap(({ ref, rules }) => rules.map((rule) => ({ ref, rule })))
    .sort((a, b) => (a.rule.priority ?? 0) - (b.rule.priority ?? 0))
    .map(({ ref, rule }) => formatOf(ref, rule, nextId()));
}

const rangeOf = (a: CellArea) => `${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`;

/** Writes the sheet's conditional formats; a kind other than "Custom" needs the rule it was read with. */
export function writeConditionalFormats(ws: ExcelJS.Worksheet, sheet: ModelSheet): void {
  sheet.conditionalFormats.forEach((format, i) => {
    const rule: ExcelRule | undefined =
      format.type === "Custom"
        ? {
            type: "expression",
            formulae: [format.formula?.slice(1) ?? ""],
            style: excelStyle(format.style),
          }
        : (format.detail as ExcelRule | undefined);
    if (!rule) return;
    // A copy: exceljs writes its style id into the rule.
    ws.addConditionalFormatting({
      ref: format.areas.map(rangeOf).join(" "),
      rules: [{ ...rule, priority: i + 1 } as ExcelJS.ConditionalFormattingRule],
    });
  });
}
