/** The error codes of office.js's RichApi errors that the simulator raises (OfficeExtension.ErrorCodes). */
export type SimErrorCode =
  | "AccessDenied"
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

/** What a protected sheet may still have done to it (Excel.WorksheetProtectionOptions' names). */
export type ProtectedEdit = "allowFormatCells" | "allowFormatColumns" | "allowInsertHyperlinks";

/**
 * Refuses an edit of a protected sheet as Excel does (AccessDenied), unless the sheet's protection
 * allows that kind of edit. Values, formulas, tables and validation are never allowed: every cell
 * is locked, as in a new sheet.
 */
export function refuseIfProtected(
  sheet: { name: string; protection?: { options: Record<string, boolean | string> } },
  allowed?: ProtectedEdit
): void {
  if (!sheet.protection || (allowed && sheet.protection.options[allowed] === true)) return;
  throw new SimError(
    "AccessDenied",
    `The cell or chart you're trying to change is on a protected sheet ('${sheet.name}'). To make a change, unprotect the sheet.`
  );
}
