import { basename } from "node:path";
import { detectMapping } from "../core/mapping/detect";
import type { MappingDocument } from "../core/mapping/mapping-document";
import type { Role } from "../core/mapping/roles";
import { decodeStoredMapping } from "../core/mapping/stored-mapping";
import { validateMappingDocument } from "../core/mapping/validate-mapping";
import type { WorkbookSnapshot } from "../core/snapshot/workbook-snapshot";
import { InputProblem } from "./input-problem";
import { loadJsonFile } from "./load-json-file";
import type { WorkbookRead } from "./read-workbook";

export type MappingSource = "option" | "workbook" | "detected";

export interface ResolvedMapping {
  source: MappingSource;
  document: MappingDocument;
  /** For a --mapping file: its path. */
  path?: string;
  /** For a detected mapping: each mapped sheet's role and confidence, and whether a person should check. */
  detection?: {
    uncertain: boolean;
    sheets: { sheet: string; role: Role; confidence: number; missing: string[] }[];
  };
}

function detected(snapshot: WorkbookSnapshot, file: string): ResolvedMapping {
  const detection = detectMapping(snapshot);
  const mapped = detection.sheets.flatMap(({ sheet, role, confidence, missing }) =>
    role ? [{ sheet, role, confidence, missing }] : []
  );
  if (mapped.length === 0) throw new InputProblem("input.nothingMapped", { file });
  return {
    source: "detected",
    document: detection.mapping,
    detection: { uncertain: detection.uncertain, sheets: mapped },
  };
}

/** A given mapping must name sheets the workbook has: else a role would silently go unchecked. */
function checkSheets(mapping: ResolvedMapping, snapshot: WorkbookSnapshot, file: string) {
  const names = new Set(snapshot.sheets.map((s) => s.name));
  for (const [role, sheet] of Object.entries(mapping.document.roles)) {
    if (sheet && !names.has(sheet.sheet))
      throw new InputProblem("input.mappingSheetMissing", { file, sheet: sheet.sheet, role });
  }
  return mapping;
}

/** The mapping to use: --mapping, else the one stored in the workbook, else detection's. */
export async function resolveMapping(
  read: WorkbookRead,
  input: string,
  mappingPath: string | undefined
): Promise<ResolvedMapping> {
  const file = basename(input);
  if (mappingPath !== undefined) {
    const document = await loadJsonFile(mappingPath, "input.mappingFile", validateMappingDocument);
    return checkSheets({ source: "option", document, path: mappingPath }, read.snapshot, file);
  }
  if (read.storedMappingXml !== undefined) {
    const stored = decodeStoredMapping(read.storedMappingXml);
    if (stored.kind === "corrupt")
      throw new InputProblem("input.storedCorrupt", { file, reason: stored.reason });
    if (stored.kind === "newer")
      throw new InputProblem("input.storedNewer", { file, version: String(stored.version) });
    return checkSheets({ source: "workbook", document: stored.mapping }, read.snapshot, file);
  }
  return detected(read.snapshot, file);
}
