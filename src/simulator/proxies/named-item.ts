import { areaOfRange } from "../../core/snapshot/address";
import type { CellArea } from "../../core/snapshot/workbook-snapshot";
import type { SimRequestContext } from "../request-context";
import { SimError } from "../sim-error";
import type { ModelName, ModelSheet, ModelValue } from "../workbook-model";
import { SimClientObject } from "./client-object";
import { SimItemCollection } from "./item-collection";
import { SimRange, type RangeTarget } from "./range";
import { rangeAddress } from "./range-address";

type NamedItemType = `${Excel.NamedItemType}`;

/** The sheet and area of a single-area reference formula ("=Plan!$A$1:$B$9", "='My plan'!A1"). */
function referenceOf(formula: string): { sheetName: string; area: CellArea } | undefined {
  const parts = /^=(?:'((?:[^']|'')+)'|([\p{L}\p{N}_.]+))!([^!]+)$/u.exec(formula);
  const area = parts ? areaOfRange(parts[3]) : undefined;
  if (!parts || !area) return undefined;
  return { sheetName: parts[1]?.replace(/''/g, "'") ?? parts[2], area };
}

/** The formula Excel stores for a name given a range: absolute, the sheet quoted when needed. */
function referenceTo({ sheet, area }: RangeTarget): string {
  const address = rangeAddress(sheet.name, area);
  const cells = address.lastIndexOf("!") + 1;
  return `=${address.slice(0, cells)}${address.slice(cells).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}

/**
 * NamedItem.type and .value: a reference gives its address, a constant its value. The simulator
 * does not calculate, so any other formula fails the sync rather than report a made-up result.
 */
function evaluated(formula: string): { type: NamedItemType; value: ModelValue } {
  const body = formula.slice(1);
  if (referenceOf(formula)) return { type: "Range", value: body };
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return { type: "String", value: text[1].replace(/""/g, '"') };
  if (/^(TRUE|FALSE)$/i.test(body)) return { type: "Boolean", value: /^TRUE$/i.test(body) };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(body))
    return { type: "Double", value: Number(body) };
  const error = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/.exec(body);
  if (error) return { type: "Error", value: error[0] };
  throw new SimError("InvalidOperation", `The simulator does not calculate the name's ${formula}.`);
}

/**
 * Excel's rules for a defined name: letters, digits, _ . and \, not starting with a digit or a
 * dot, at most 255 characters, and not something that reads as a cell ("TAX2023", "R1C1", "C").
 */
function isValidName(name: string): boolean {
  return (
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !areaOfRange(name) &&
    !/^(R\d*)?(C\d*)?$/i.test(name)
  );
}

/** Excel.NamedItem: a defined name of the workbook or of one sheet. */
export class SimNamedItem extends SimClientObject<ModelName> {
  protected readonly properties = {
    name: (item: ModelName) => item.name,
    type: (item: ModelName) => evaluated(item.formula).type,
    formula: (item: ModelName) => item.formula,
    value: (item: ModelName) => evaluated(item.formula).value,
    visible: (item: ModelName) => item.visible,
    comment: (item: ModelName) => item.comment,
    scope: (item: ModelName) => (item.scope ? "Worksheet" : "Workbook"),
  };

  get name(): string {
    return this.loadedValue("name");
  }
  get type(): NamedItemType {
    return this.loadedValue("type");
  }
  get formula(): string {
    return this.loadedValue("formula");
  }
  get value(): ModelValue {
    return this.loadedValue("value");
  }
  get scope(): "Workbook" | "Worksheet" {
    return this.loadedValue("scope");
  }

  get visible(): boolean {
    return this.loadedValue("visible");
  }
  set visible(visible: boolean) {
    this.change({ visible }, (item) => (item.visible = visible));
  }

  get comment(): string {
    return this.loadedValue("comment");
  }
  set comment(comment: string) {
    this.change({ comment }, (item) => (item.comment = comment));
  }

  delete(): void {
    this.change({ delete: true }, (item) => {
      const { names } = this.context.model;
      names.splice(names.indexOf(item), 1);
    });
  }

  /** The range the name refers to; the sync fails unless it is one area of an existing sheet. */
  getRange(): SimRange {
    return this.range(false);
  }

  /** The range the name refers to, or a null object when it refers to no range. */
  getRangeOrNullObject(): SimRange {
    return this.range(true);
  }

  private range(orNull: boolean): SimRange {
    return new SimRange(this.context, {
      describe: "named range",
      orNull,
      locate: () => {
        const { name, formula } = this.resolved();
        const reference = referenceOf(formula);
        const sheet = reference && this.context.model.sheet(reference.sheetName);
        if (reference && sheet) return { sheet, area: reference.area };
        if (orNull) return undefined;
        throw new SimError("InvalidArgument", `The name '${name}' does not refer to a range.`);
      },
    });
  }
}

/** Excel.NamedItemCollection: the names of the workbook (scope undefined) or of one sheet. */
export class SimNamedItemCollection extends SimItemCollection<ModelName, SimNamedItem> {
  constructor(
    context: SimRequestContext,
    private readonly scope: () => ModelSheet | undefined
  ) {
    super(
      context,
      () => context.model.names.filter((item) => item.scope === scope()),
      (item) => new SimNamedItem(context, { target: item })
    );
  }

  /** A name for a range, or for a formula ("=Plan!$A$1", "=0.09"); unique in its scope. */
  add(name: string, reference: SimRange | string, comment = ""): SimNamedItem {
    return new SimNamedItem(this.context, {
      describe: `new name '${name}'`,
      locate: () => {
        if (!isValidName(name))
          throw new SimError("InvalidArgument", `'${name}' is not a valid name.`);
        if (this.find(name))
          throw new SimError("ItemAlreadyExists", `The name '${name}' already exists.`);
        const formula =
          typeof reference === "string" ? reference : referenceTo(reference.located());
        if (!formula.startsWith("="))
          throw new SimError("InvalidArgument", `The reference '${formula}' is not a formula.`);
        const item: ModelName = { name, formula, visible: true, comment, scope: this.scope() };
        this.context.model.names.push(item);
        return item;
      },
    });
  }

  getItem(name: string): SimNamedItem {
    return new SimNamedItem(this.context, {
      describe: `name '${name}'`,
      locate: () => this.find(name),
    });
  }

  getItemOrNullObject(name: string): SimNamedItem {
    return new SimNamedItem(this.context, {
      describe: `name '${name}'`,
      orNull: true,
      locate: () => this.find(name),
    });
  }

  /** Excel matches names without regard to case. */
  private find(name: string): ModelName | undefined {
    const wanted = name.toLocaleLowerCase();
    const scope = this.scope();
    return this.context.model.names.find(
      (item) => item.scope === scope && item.name.toLocaleLowerCase() === wanted
    );
  }
}
