import type { RuleConfig } from "../config";
import type { Role } from "./roles";

export const MAPPING_VERSION = 1;

/** A column by its letter, with the header text seen when it was mapped (used to re-find a moved column). */
export interface ColumnRef {
  column: string;
  header?: string;
}

/**
 * One column of a wide layout: a budget amount for a year (and source), a KPI target for a year,
 * or a KPI actual for a period.
 */
export interface WideColumn extends ColumnRef {
  measure: "approved" | "spent" | "target" | "actual";
  year?: number;
  period?: string;
  source?: string;
}

export interface SheetMapping {
  sheet: string;
  /** Worksheet row (1-based) of the header; data starts below it. */
  headerRow: number;
  /** Field id → column. */
  columns: Record<string, ColumnRef>;
  wide?: WideColumn[];
}

/**
 * The mapping: which sheet holds each role and which column each field. The same document is
 * stored in the workbook, printed by `rahbord detect` and read from `--mapping` files.
 */
export interface MappingDocument {
  version: typeof MAPPING_VERSION;
  roles: Partial<Record<Role, SheetMapping>>;
  settings?: RuleConfig;
}
