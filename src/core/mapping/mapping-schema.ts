import { SEVERITIES } from "../config";
import { AGGREGATIONS } from "../normalize/enums";
import { RULES } from "../rules/catalogue";
import { MAPPING_VERSION } from "./mapping-document";
import { FIELDS, ROLES } from "./roles";

const columnLetters = { type: "string", pattern: "^[A-Za-z]{1,3}$" } as const;

const columnRef = {
  type: "object",
  required: ["column"],
  additionalProperties: false,
  properties: { column: columnLetters, header: { type: "string" } },
} as const;

const wideColumn = {
  type: "object",
  required: ["column", "measure"],
  additionalProperties: false,
  properties: {
    column: columnLetters,
    header: { type: "string" },
    measure: { enum: ["approved", "spent", "target", "actual"] },
    year: { type: "integer", minimum: 1300, maximum: 2200 },
    period: { type: "string", minLength: 4 },
    source: { type: "string" },
  },
} as const;

function sheetMapping(fields: readonly { id: string }[]) {
  return {
    type: "object",
    required: ["sheet", "headerRow", "columns"],
    additionalProperties: false,
    properties: {
      sheet: { type: "string", minLength: 1, maxLength: 31 },
      headerRow: { type: "integer", minimum: 1, maximum: 1048576 },
      columns: {
        type: "object",
        additionalProperties: false,
        properties: Object.fromEntries(fields.map((field) => [field.id, columnRef])),
      },
      wide: { type: "array", items: wideColumn },
    },
  };
}

const dateText = { type: "string", minLength: 4 } as const;

/** Rule settings (RuleConfig): inside a mapping document, or alone in a --config file. */
export const SETTINGS_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    rules: {
      type: "object",
      propertyNames: { enum: RULES.map((rule) => rule.meta.id) },
      additionalProperties: { enum: [...SEVERITIES, "off"] },
    },
    planPeriod: {
      type: "object",
      required: ["start", "end"],
      additionalProperties: false,
      properties: { start: dateText, end: dateText },
    },
    thresholds: {
      type: "object",
      required: ["onTrack", "atRisk"],
      additionalProperties: false,
      properties: {
        onTrack: { type: "number", minimum: 0, maximum: 2 },
        atRisk: { type: "number", minimum: 0, maximum: 2 },
      },
    },
    kpiAggregation: { enum: [...Object.keys(AGGREGATIONS), "auto"] },
    tolerance: { type: "number", minimum: 0, maximum: 1 },
  },
} as const;

/** The mapping document's JSON Schema, published as docs/mapping.schema.json. */
export const MAPPING_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://rahbord.app/schema/mapping-v1.json",
  title: "Rahbord mapping",
  description:
    "Which sheet of a workbook holds each planning role and which column each field; optionally the rule settings.",
  type: "object",
  required: ["version", "roles"],
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    version: { const: MAPPING_VERSION },
    roles: {
      type: "object",
      additionalProperties: false,
      properties: Object.fromEntries(ROLES.map((role) => [role, sheetMapping(FIELDS[role])])),
    },
    settings: SETTINGS_SCHEMA,
  },
} as const;
