import { refuseIfProtected, SimError } from "../sim-error";
import type { ModelValidation } from "../workbook-model";
import { SimClientObject } from "./client-object";
import { uniformOver, updateCells } from "./cell-area";
import type { RangeTarget } from "./range";

/** Excel.DataValidationType by the key of the rule that holds it. */
const TYPE_OF_RULE: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

/** What a validation's prompt and error alert are when nobody set them. */
export const DEFAULT_PROMPT = { showPrompt: false, title: "", message: "" };
export const DEFAULT_ALERT = { showAlert: true, style: "Stop", title: "", message: "" };

/** A deep copy of a request's plain data, as Excel keeps its own (jsdom lacks structuredClone). */
const copied = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** One key of a rule, as Excel requires ({ list: {…} }); anything else fails the sync. */
function checkedRule(rule: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(rule);
  if (keys.length !== 1 || !(keys[0] in TYPE_OF_RULE))
    throw new SimError("InvalidArgument", "A data validation rule needs exactly one rule type.");
  return copied(rule);
}

/**
 * Excel.DataValidation of a range (ExcelApi 1.8). Reading over cells whose validations differ gives
 * type "Inconsistent" ("MixedCriteria" when some cells have none) and null for the rest, as Excel does.
 */
export class SimDataValidation extends SimClientObject<RangeTarget> {
  protected readonly properties = {
    type: (t: RangeTarget) => {
      if (this.uniform(t, (v) => v !== undefined) === null) return "MixedCriteria";
      const rule = this.uniform(t, (v) => v?.rule);
      return rule === null ? "Inconsistent" : rule ? TYPE_OF_RULE[Object.keys(rule)[0]] : "None";
    },
    rule: (t: RangeTarget) => this.uniform(t, (v) => v?.rule ?? {}),
    ignoreBlanks: (t: RangeTarget) => this.uniform(t, (v) => v?.ignoreBlanks ?? true),
    prompt: (t: RangeTarget) => this.uniform(t, (v) => v?.prompt ?? DEFAULT_PROMPT),
    errorAlert: (t: RangeTarget) => this.uniform(t, (v) => v?.errorAlert ?? DEFAULT_ALERT),
  };

  get type(): string {
    return this.loadedValue("type");
  }
  get rule(): Record<string, unknown> | null {
    return this.loadedValue("rule");
  }
  /** Replaces the cells' validation with the rule; blanks are ignored unless said otherwise. */
  set rule(rule: Record<string, unknown>) {
    this.change({ rule }, ({ sheet, area }) => {
      refuseIfProtected(sheet);
      const checked = checkedRule(rule);
      updateCells(sheet, area, (cell) => {
        cell.validation = {
          ignoreBlanks: true,
          ...cell.validation,
          rule: copied(checked),
        };
      });
    });
  }
  get ignoreBlanks(): boolean | null {
    return this.loadedValue("ignoreBlanks");
  }
  set ignoreBlanks(ignoreBlanks: boolean) {
    this.setOnValidated({ ignoreBlanks });
  }
  get prompt(): ModelValidation["prompt"] | null {
    return this.loadedValue("prompt");
  }
  set prompt(prompt: NonNullable<ModelValidation["prompt"]>) {
    this.setOnValidated({ prompt: { ...DEFAULT_PROMPT, ...prompt } });
  }
  get errorAlert(): ModelValidation["errorAlert"] | null {
    return this.loadedValue("errorAlert");
  }
  set errorAlert(errorAlert: NonNullable<ModelValidation["errorAlert"]>) {
    this.setOnValidated({ errorAlert: { ...DEFAULT_ALERT, ...errorAlert } });
  }

  clear(): void {
    this.change({ clear: true }, ({ sheet, area }) => {
      refuseIfProtected(sheet);
      updateCells(sheet, area, (cell) => delete cell.validation);
    });
  }

  private uniform<T>(t: RangeTarget, read: (v: ModelValidation | undefined) => T): T | null {
    return uniformOver(t.sheet, t.area, (cell) => read(cell?.validation));
  }

  /** Settings other than the rule change the cells that have a validation. */
  private setOnValidated(settings: Partial<ModelValidation>): void {
    this.change(settings, ({ sheet, area }) => {
      refuseIfProtected(sheet);
      updateCells(sheet, area, (cell) => {
        if (cell.validation) cell.validation = { ...cell.validation, ...copied(settings) };
      });
    });
  }
}
