import Ajv, { type ValidateFunction } from "ajv";
import type { RuleConfig } from "../config";
import type { MappingDocument } from "./mapping-document";
import { MAPPING_SCHEMA, SETTINGS_SCHEMA } from "./mapping-schema";

export type Check<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** A checker compiled on first use (compiling costs more than checking). */
export function checker<T>(schema: object): (value: unknown) => Check<T> {
  let compiled: ValidateFunction | undefined;
  return (value) => {
    compiled ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
    if (compiled(value)) return { ok: true, value: value as T };
    // A bad key is reported twice (its enum, then "property name must be valid"): keep the first, which names it.
    const errors = (compiled.errors ?? [])
      .filter((e) => e.keyword !== "propertyNames")
      .map((e) => {
        const key = e.propertyName ? ` key "${e.propertyName}"` : "";
        const extra =
          e.params && "additionalProperty" in e.params
            ? ` (${String(e.params.additionalProperty)})`
            : "";
        return `${e.instancePath || "/"}${key} ${e.message ?? "is invalid"}${extra}`;
      });
    return { ok: false, errors };
  };
}

/** Checks a parsed JSON value against the mapping schema; errors name the path that is wrong. */
export const validateMappingDocument = checker<MappingDocument>(MAPPING_SCHEMA);

/** Checks a parsed --config file (the rule settings alone). */
export const validateRuleConfig = checker<RuleConfig>(SETTINGS_SCHEMA);
