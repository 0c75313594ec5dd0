/** The error codes of office.js's RichApi errors that the simulator raises (OfficeExtension.ErrorCodes). */
export type SimErrorCode =
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "InvalidOperation"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

/** Shaped like OfficeExtension.Error: `code`, `message` and `debugInfo`, so adapter code can branch on `code`. */
export class SimError extends Error {
  readonly debugInfo: { code: SimErrorCode; message: string };
  constructor(
    readonly code: SimErrorCode,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

/** office.js's own wording (its PropertyNotLoaded string). */
export const propertyNotLoaded = (property: string) =>
  new SimError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
