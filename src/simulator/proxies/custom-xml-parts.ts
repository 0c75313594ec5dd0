import { DOMParser } from "@xmldom/xmldom";
import { CALL_OVERHEAD, jsonBytes } from "../payload";
import type { SimRequestContext } from "../request-context";
import { SimError } from "../sim-error";
import type { ModelXmlPart } from "../workbook-model";
import { SimClientObject } from "./client-object";
import { SimClientResult } from "./client-result";
import { SimItemCollection } from "./item-collection";
import { guidLike } from "../guid";

/** The namespace of an XML document's root element; undefined when the text is not XML. */
function namespaceOf(xml: string): string | undefined {
  try {
    const root = new DOMParser({ onError: () => undefined }).parseFromString(
      xml,
      "text/xml"
    ).documentElement;
    return root ? (root.namespaceURI ?? "") : undefined;
  } catch {
    return undefined;
  }
}

function checkedXml(xml: string): string {
  if (namespaceOf(xml) === undefined)
    throw new SimError("InvalidArgument", "The argument 'xml' is not well-formed XML.");
  return xml;
}

/** Excel.CustomXmlPart (ExcelApi 1.5). */
export class SimCustomXmlPart extends SimClientObject<ModelXmlPart> {
  protected readonly properties = {
    id: (part: ModelXmlPart) => part.id,
    namespaceUri: (part: ModelXmlPart) => namespaceOf(part.xml) ?? "",
  };

  get id(): string {
    return this.loadedValue("id");
  }
  get namespaceUri(): string {
    return this.loadedValue("namespaceUri");
  }

  getXml(): SimClientResult<string> {
    const result = new SimClientResult<string>();
    this.context.enqueue({
      requestBytes: CALL_OVERHEAD,
      run: () => {
        const { xml } = this.resolved();
        return { responseBytes: jsonBytes(xml), deliver: () => result.deliver(xml) };
      },
    });
    return result;
  }

  setXml(xml: string): void {
    this.change({ xml }, (part) => (part.xml = checkedXml(xml)));
  }

  delete(): void {
    this.change({ delete: true }, (part) => {
      const parts = this.context.model.customXmlParts;
      parts.splice(parts.indexOf(part), 1);
    });
  }
}

const partOf = (context: SimRequestContext) => (part: ModelXmlPart) =>
  new SimCustomXmlPart(context, { target: part });

/** Excel.CustomXmlPartScopedCollection: the parts of one namespace. */
export class SimCustomXmlPartScopedCollection extends SimItemCollection<
  ModelXmlPart,
  SimCustomXmlPart
> {
  constructor(context: SimRequestContext, namespaceUri: string) {
    const inScope = () =>
      context.model.customXmlParts.filter((p) => namespaceOf(p.xml) === namespaceUri);
    super(context, inScope, partOf(context));
    this.inScope = inScope;
  }
  private readonly inScope: () => ModelXmlPart[];

  /** The one part of the namespace; a null object when there are none or several. */
  getOnlyItemOrNullObject(): SimCustomXmlPart {
    return new SimCustomXmlPart(this.context, {
      describe: "the only custom XML part",
      orNull: true,
      locate: () => {
        const parts = this.inScope();
        return parts.length === 1 ? parts[0] : undefined;
      },
    });
  }
}

/** Excel.CustomXmlPartCollection: the workbook's custom XML parts. */
export class SimCustomXmlPartCollection extends SimItemCollection<ModelXmlPart, SimCustomXmlPart> {
  constructor(context: SimRequestContext) {
    super(context, () => context.model.customXmlParts, partOf(context));
  }

  add(xml: string): SimCustomXmlPart {
    const { model } = this.context;
    this.context.enqueueWrite({ xml }, () => undefined); // the XML counts towards the request's 5 MB
    return new SimCustomXmlPart(this.context, {
      describe: "new custom XML part",
      locate: () => {
        const taken = new Set(model.customXmlParts.map((p) => p.id));
        let id: string;
        do id = guidLike(++model.partsAdded);
        while (taken.has(id));
        const part = { id, xml: checkedXml(xml) };
        model.customXmlParts.push(part);
        return part;
      },
    });
  }

  getByNamespace(namespaceUri: string): SimCustomXmlPartScopedCollection {
    return new SimCustomXmlPartScopedCollection(this.context, namespaceUri);
  }

  getItemOrNullObject(id: string): SimCustomXmlPart {
    return new SimCustomXmlPart(this.context, {
      describe: `custom XML part ${id}`,
      orNull: true,
      locate: () => this.context.model.customXmlParts.find((p) => p.id === id),
    });
  }
}
