import Ajv from "ajv";
import type { MappingDocument } from "./mapping-document";
import { MAPPING_SCHEMA } from "./mapping-schema";

export type MappingCheck = { ok: true; mapping: MappingDocument } | { ok: false; errors: string[] };

let compiled: ReturnType<Ajv["compile"]> | undefined;

/** Checks a parsed JSON value against the mapping schema; errors name the path that is wrong. */
export function validateMappingDocument(value: unknown): MappingCheck {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(MAPPING_SCHEMA);
  if (compiled(value)) return { ok: true, mapping: value as MappingDocument };
  const errors = (compiled.errors ?? []).map(
    (e) =>
      `${e.instancePath || "/"} ${e.message ?? "is invalid"}${e.params && "additionalProperty" in e.params ? ` (${String(e.params.additionalProperty)})` : ""}`
  );
  return { ok: false, errors };
}
