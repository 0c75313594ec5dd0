import { FIELDS } from "../../../core/mapping/roles";
import type { HeaderColumn } from "../../../core/mapping/header-columns";
import type { SheetDraft } from "./mapping-draft";
import { readingKey, type Reading } from "./readings";
import type { WizardSheet } from "./wizard-input";

/** Where a choice on screen comes from: detection (how sure), the stored mapping, or the user. */
export type Certainty =
  { kind: "detected"; confidence: number } | { kind: "stored" } | { kind: "chosen" };

const same = (a: Reading | undefined, b: Reading | undefined) =>
  a !== undefined && b !== undefined && readingKey(a) === readingKey(b);

/** Detection's reading of a column, when it read the sheet with this role and header row. */
function detectedReading({ detected }: WizardSheet, draft: SheetDraft, cell: HeaderColumn) {
  if (detected.role !== draft.role || detected.headerRow !== draft.headerRow) return undefined;
  const choice = detected.columns.find((c) => c.column === cell.letter)?.choice;
  if (!choice) return undefined;
  const reading: Reading = choice.field ? { field: choice.field } : { wide: choice.wide! };
  return { reading, confidence: choice.confidence };
}

/** How the sheet's role was come by; `stored` is the stored mapping's draft of the sheet, if any. */
export function roleCertainty(
  sheet: WizardSheet,
  draft: SheetDraft,
  stored: SheetDraft | undefined
): Certainty | undefined {
  if (!draft.role) return undefined;
  if (sheet.detected.role === draft.role)
    return { kind: "detected", confidence: sheet.detected.confidence };
  return stored?.role === draft.role ? { kind: "stored" } : { kind: "chosen" };
}

/** How a column's reading was come by; nothing when the column is not read. */
export function columnCertainty(
  sheet: WizardSheet,
  draft: SheetDraft,
  stored: SheetDraft | undefined,
  cell: HeaderColumn
): Certainty | undefined {
  const reading = draft.readings[cell.col];
  if (!reading) return undefined;
  const detected = detectedReading(sheet, draft, cell);
  if (same(detected?.reading, reading))
    return { kind: "detected", confidence: detected!.confidence };
  const kept = stored?.role === draft.role && same(stored?.readings[cell.col], reading);
  return kept ? { kind: "stored" } : { kind: "chosen" };
}

/**
 * What a column can be read as: its role's fields, and the wide measures (a year's amount, a
 * period's actual) that detection, the stored mapping or the draft saw in it.
 */
export function columnReadings(
  sheet: WizardSheet,
  draft: SheetDraft,
  stored: SheetDraft | undefined,
  cell: HeaderColumn
): Reading[] {
  if (!draft.role) return [];
  const detectedColumn =
    sheet.detected.role === draft.role
      ? sheet.detected.columns.find((c) => c.column === cell.letter)
      : undefined;
  const candidates: (Reading | undefined)[] = [
    ...FIELDS[draft.role].map((f) => ({ field: f.id })),
    ...[detectedColumn?.choice, ...(detectedColumn?.alternatives ?? [])].map(
      (c) => c?.wide && { wide: c.wide }
    ),
    stored?.role === draft.role ? stored.readings[cell.col] : undefined,
    draft.readings[cell.col],
  ];
  const seen = new Map<string, Reading>();
  for (const r of candidates) if (r) seen.set(readingKey(r), r);
  return [...seen.values()];
}
