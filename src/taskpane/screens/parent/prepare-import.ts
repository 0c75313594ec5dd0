import { planDiff, type PlanChange } from "../../../core/compare/plan-diff";
import { detectMapping } from "../../../core/mapping/detect";
import type { MappingDocument } from "../../../core/mapping/mapping-document";
import { decodeStoredMapping } from "../../../core/mapping/stored-mapping";
import { buildPlan } from "../../../core/model/build-plan";
import { planOf, type Plan } from "../../../core/model/plan";
import { registerOf, type ParentRegister } from "../../../core/register/parent-register";
import { readRegisterSheet, registerSheetRows } from "../../../core/register/register-sheet";
import type { WorkbookProblemKey } from "../../../xlsx/workbook-bytes";

/** What the pane makes of a chosen parent workbook, before anything is written. */
export type PreparedImport =
  | {
      kind: "ready";
      fileName: string;
      register: ParentRegister;
      /** Where the parent's mapping came from: stored in its file, or detected just now. */
      mapping: "stored" | "detected";
      /** The parent's stored mapping could not be used (why), so detection was used. */
      storedUnusable?: string;
      /** Detection was unsure of some sheet. */
      uncertain: boolean;
      /** Roles the parent plan has no rows of, whose rules will have nothing to compare with. */
      missing: ("goal" | "kpi")[];
      /** Against the register already imported: the same file (its hash), or what changed. */
      previous?: { sameFile: boolean; importedAt: string; changes: PlanChange[] };
    }
  /** The file is not a workbook Rahbord can read. */
  | { kind: "problem"; fileName: string; problem: WorkbookProblemKey; reason?: string }
  /** It is a workbook, but holds no policy, goal or KPI. */
  | { kind: "nothing"; fileName: string };

/** SHA-256 of the bytes as lowercase hex (Web Crypto: the pane runs over HTTPS, a secure context). */
async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** A register as a plan of its policies, goals and KPIs alone, for planDiff. */
function registerPlan(register: ParentRegister): Plan {
  const { policies, goals, kpis } = register;
  return planOf({ mapped: new Set(["policy", "goal", "kpi"]), policies, goals, kpis });
}

/**
 * The register as it will read back from its sheet: what the sheet keeps of each entity (a KPI's
 * goal, not its initiative), so that comparing it with the register read from the workbook shows
 * only what changed in the parent plan.
 */
function asWritten(register: ParentRegister): ParentRegister {
  const rows = registerSheetRows(register, "en");
  const sheet = {
    name: "",
    visibility: "Visible" as const,
    origin: { row: 1, column: 1 },
    values: rows,
  };
  return readRegisterSheet(sheet) ?? register;
}

/** The parent's mapping: the one stored in its file when it can be used, else detection's. */
function parentMapping(read: {
  snapshot: Parameters<typeof detectMapping>[0];
  storedMappingXml?: string;
}):
  | {
      mapping: MappingDocument;
      source: "stored" | "detected";
      unusable?: string;
      uncertain: boolean;
    }
  | undefined {
  let unusable: string | undefined;
  if (read.storedMappingXml !== undefined) {
    const stored = decodeStoredMapping(read.storedMappingXml);
    if (stored.kind === "ok")
      return { mapping: stored.mapping, source: "stored", uncertain: false };
    unusable = stored.kind === "corrupt" ? stored.reason : `version ${stored.version}`;
  }
  const detection = detectMapping(read.snapshot);
  if (Object.keys(detection.mapping.roles).length === 0) return undefined;
  return {
    mapping: detection.mapping,
    source: "detected",
    unusable,
    uncertain: detection.uncertain,
  };
}

/**
 * Reads a parent plan's workbook from its bytes (exceljs loads only now, in its own chunk) and
 * makes the register to import: through the parent's stored mapping, else detection; with what
 * changed since `current`, the register imported before, when there is one.
 */
export async function prepareImport(
  bytes: ArrayBuffer,
  fileName: string,
  current: ParentRegister | undefined,
  now: Date
): Promise<PreparedImport> {
  const hash = await sha256Hex(bytes);
  const { readWorkbookBytes, WorkbookProblem } = await import(
    /* webpackChunkName: "xlsx-read" */ "../../../xlsx/workbook-bytes"
  );
  let read;
  try {
    read = await readWorkbookBytes(new Uint8Array(bytes), fileName);
  } catch (error) {
    if (!(error instanceof WorkbookProblem)) throw error;
    return { kind: "problem", fileName, problem: error.key, reason: error.values.reason };
  }
  const found = parentMapping(read);
  if (!found) return { kind: "nothing", fileName };
  const plan = buildPlan(read.snapshot, found.mapping);
  const register = registerOf(plan, { fileName, importedAt: now.toISOString(), hash });
  const size = register.policies.length + register.goals.length + register.kpis.length;
  if (size === 0) return { kind: "nothing", fileName };
  const missing = (["goal", "kpi"] as const).filter((role) =>
    role === "goal" ? register.goals.length === 0 : register.kpis.length === 0
  );
  const previous = current && {
    sameFile: current.source.hash === hash,
    importedAt: current.source.importedAt,
    changes: planDiff(registerPlan(current), registerPlan(asWritten(register))),
  };
  return {
    kind: "ready",
    fileName,
    register,
    mapping: found.source,
    ...(found.unusable !== undefined && { storedUnusable: found.unusable }),
    uncertain: found.uncertain,
    missing: [...missing],
    ...(previous && { previous }),
  };
}
