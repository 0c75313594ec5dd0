import type ExcelJS from "exceljs";
import { dateOfSerial, serialOf } from "../../xlsx/cell-value";
import type { ModelValidation } from "../workbook-model";

/** exceljs's validation types ('time' included, which its typings leave out) → DataValidationRule's keys. */
const RULE_KEY: Record<string, string> = {
  list: "list",
  whole: "wholeNumber",
  decimal: "decimal",
  date: "date",
  time: "time",
  textLength: "textLength",
  custom: "custom",
};
const OPERATOR: Record<string, string> = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
};
const ALERT_STYLE: Record<string, string> = {
  stop: "Stop",
  warning: "Warning",
  information: "Information",
};
const inverse = (map: Record<string, string>) =>
  Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k]));
const EXCEL_TYPE = inverse(RULE_KEY);
const EXCEL_OPERATOR = inverse(OPERATOR);
const EXCEL_ALERT_STYLE = inverse(ALERT_STYLE);

/** The keys a DataValidationRule's member may hold. */
interface RuleBody {
  source?: string;
  inCellDropDown?: boolean;
  formula?: string;
  formula1?: string | number;
  formula2?: string | number;
  operator?: string;
}

const isNumber = (text: string) => text.trim() !== "" && Number.isFinite(Number(text));

/**
 * A limit as office.js reports it: a number as written, anything else as a formula ("=$B$1").
 * exceljs reads date limits as Dates and whole and decimal ones as numbers, so a formula there
 * comes back as NaN: lost, and reported as undefined.
 */
function limitOf(value: unknown): string | undefined {
  const text = String(value instanceof Date ? serialOf(value, 1900) : value);
  if (text === "NaN") return undefined;
  return isNumber(text) ? text : `=${text}`;
}

/** A limit for exceljs, which wants dates as Dates (it writes them back as the same serials). */
function excelLimit(type: string, limit: string | number): unknown {
  const text = String(limit).replace(/^=/, "");
  return type === "date" && isNumber(text) ? dateOfSerial(Number(text), 1900) : text;
}

function ruleOf(dv: ExcelJS.DataValidation): RuleBody | undefined {
  const text = String(dv.formulae?.[0] ?? "");
  if (dv.type === "list")
    return {
      inCellDropDown: true, // exceljs drops showDropDown: every list has its arrow
      source: /^".*"$/.test(text) ? text.slice(1, -1).replace(/""/g, '"') : `=${text}`,
    };
  if (dv.type === "custom") return { formula: `=${text}` };
  const limits = (dv.formulae ?? []).map(limitOf);
  if (limits.length === 0 || limits.includes(undefined)) return undefined;
  const [formula1, formula2] = limits;
  return {
    formula1,
    ...(formula2 !== undefined && { formula2 }),
    operator: OPERATOR[dv.operator ?? "between"],
  };
}

/** A cell's validation as office.js reports it; undefined for what office.js has no rule for. */
export function validationOf(dv: ExcelJS.DataValidation): ModelValidation | undefined {
  const key = RULE_KEY[dv.type];
  const rule = key && ruleOf(dv);
  if (!rule) return undefined;
  const validation: ModelValidation = {
    rule: { [key]: rule },
    ignoreBlanks: dv.allowBlank === true,
  };
  if (dv.showInputMessage !== undefined || dv.promptTitle || dv.prompt)
    validation.prompt = {
      showPrompt: dv.showInputMessage === true,
      title: dv.promptTitle ?? "",
      message: dv.prompt ?? "",
    };
  if (dv.showErrorMessage !== undefined || dv.errorStyle || dv.errorTitle || dv.error)
    validation.errorAlert = {
      showAlert: dv.showErrorMessage === true,
      style: ALERT_STYLE[dv.errorStyle ?? "stop"],
      title: dv.errorTitle ?? "",
      message: dv.error ?? "",
    };
  return validation;
}

export function excelValidation(validation: ModelValidation): ExcelJS.DataValidation {
  const [[key, value]] = Object.entries(validation.rule);
  const rule = value as RuleBody;
  const type = EXCEL_TYPE[key] as ExcelJS.DataValidation["type"];
  const source = String(rule.source ?? "");
  const formulae =
    type === "list"
      ? [source.startsWith("=") ? source.slice(1) : `"${source.replace(/"/g, '""')}"`]
      : type === "custom"
        ? [String(rule.formula).replace(/^=/, "")]
        : [rule.formula1, rule.formula2].flatMap((f) =>
            f === undefined ? [] : [excelLimit(type, f)]
          );
  const dv: ExcelJS.DataValidation = { type, formulae, allowBlank: validation.ignoreBlanks };
  if (rule.operator) dv.operator = EXCEL_OPERATOR[rule.operator] as ExcelJS.DataValidationOperator;
  const { prompt, errorAlert } = validation;
  if (prompt)
    Object.assign(dv, {
      showInputMessage: prompt.showPrompt,
      promptTitle: prompt.title,
      prompt: prompt.message,
    });
  if (errorAlert)
    Object.assign(dv, {
      showErrorMessage: errorAlert.showAlert,
      errorStyle: EXCEL_ALERT_STYLE[errorAlert.style],
      errorTitle: errorAlert.title,
      error: errorAlert.message,
    });
  return dv;
}
