import { ROLES, type Role } from "../mapping/roles";
import { checker } from "../mapping/validate-mapping";
import { decodePart, encodePart, type PartFormat, type StoredPartRead } from "../stored-part";

/**
 * The custom XML part in which Rahbord remembers the dropdowns it added to parent-code columns, and
 * the validation each range had before, so that "Remove" can put it back exactly.
 */
export const LINKS_NAMESPACE = "urn:rahbord:links";
export const LINKS_PART_VERSION = 1;

/** Excel.DataValidationErrorAlert's fields. */
export interface ErrorAlert {
  showAlert: boolean;
  style: string;
  title: string;
  message: string;
}

/** Excel.DataValidationPrompt's fields. */
export interface Prompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

/** A range's own data validation, as Excel reported it, saved to be put back. */
export interface SavedValidation {
  /** Excel.DataValidationRule with its one key (list, wholeNumber, textLength…). */
  rule: Record<string, unknown>;
  ignoreBlanks: boolean;
  prompt: Prompt;
  errorAlert: ErrorAlert;
}

/** Rows of an enforced column, and what they held before: null for no validation. */
export interface EnforcedPiece {
  top: number;
  bottom: number;
  previous: SavedValidation | null;
}

/**
 * A column carrying Rahbord's dropdown, in pieces: a piece is added when the plan grows past the
 * rows enforced before, each with its own earlier validation. The error alert set there tells
 * Rahbord's dropdown from anything else (Excel rewrites a source's reference as rows move).
 */
export interface EnforcedColumn {
  role: Role;
  field: string;
  sheet: string;
  column: number;
  errorAlert: ErrorAlert;
  pieces: EnforcedPiece[];
}

export interface LinksState {
  columns: EnforcedColumn[];
}

const RULE_KEYS = ["list", "wholeNumber", "decimal", "date", "time", "textLength", "custom"];
const row = { type: "integer", minimum: 1, maximum: 1_048_576 } as const;
const text = { type: "string" } as const;
const object = (properties: Record<string, object>) =>
  ({
    type: "object",
    required: Object.keys(properties),
    additionalProperties: false,
    properties,
  }) as const;
const errorAlert = object({
  showAlert: { type: "boolean" },
  style: text,
  title: text,
  message: text,
});

const LINKS_SCHEMA = object({
  columns: {
    type: "array",
    items: object({
      role: { enum: ROLES },
      field: text,
      sheet: text,
      column: { type: "integer", minimum: 1, maximum: 16_384 },
      errorAlert,
      pieces: {
        type: "array",
        minItems: 1,
        items: object({
          top: row,
          bottom: row,
          previous: {
            anyOf: [
              { type: "null" },
              object({
                rule: {
                  type: "object",
                  minProperties: 1,
                  maxProperties: 1,
                  propertyNames: { enum: RULE_KEYS },
                },
                ignoreBlanks: { type: "boolean" },
                prompt: object({ showPrompt: { type: "boolean" }, title: text, message: text }),
                errorAlert,
              }),
            ],
          },
        }),
      },
    }),
  },
});

const LINKS_PART: PartFormat<LinksState> = {
  namespace: LINKS_NAMESPACE,
  version: LINKS_PART_VERSION,
  element: "links",
  label: "links record",
  check: checker<LinksState>(LINKS_SCHEMA),
};

export const encodeStoredLinks = (state: LinksState) => encodePart(LINKS_PART, state);

export const decodeStoredLinks = (xml: string): StoredPartRead<LinksState> =>
  decodePart(LINKS_PART, xml);
