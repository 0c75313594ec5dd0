import type {
  CellArea,
  CellValue,
  SheetSnapshot,
  SheetVisibility,
  WorkbookSnapshot,
} from "../core/snapshot/workbook-snapshot";
import { jsonBytes } from "../core/payload-size";
import { queueMergedAreas } from "./merged-areas";
import { queueTables } from "./tables";

/** Excel on the web refuses a response over 5 MB; each chunk aims at 4 MB. */
const CHUNK_BYTES = 4 * 1024 * 1024;
/**
 * The first chunk's guess at a cell's share of a response that carries its value, value type and
 * number format (about 45 bytes in generated plans of Persian text). Later chunks are sized by what
 * the chunk before them measured, with MARGIN to spare.
 */
const BYTES_PER_CELL = 64;
const MARGIN = 1.25;
export interface ReadOptions {
  /**
   * The sheets to read, by name; all when not given. A function is asked after the second sync
   * (for a caller that learns which sheets it needs in the same syncs, such as validate).
   */
  only?: readonly string[] | (() => readonly string[] | undefined);
  /** Sheets never to read (Rahbord's own report sheet). */
  skip?: readonly string[];
  /** Read merged areas too: the caller's Excel has ExcelApi 1.13 (requirements' mergedAreas). */
  mergedAreas?: boolean;
  /** Queues the caller's own calls into the second sync. */
  beforeSecondSync?: () => void;
  /** Stops the read between chunks (an AbortError); a chunk sent to Excel completes first. */
  signal?: AbortSignal;
  /** Told after each chunk how many of the cells to read have been read. */
  onProgress?: (read: number, total: number) => void;
}

/** Rows of one sheet's used range, read in one request (0-based worksheet indexes). */
interface Block {
  sheet: number;
  row: number;
  rows: number;
  column: number;
  columns: number;
}

/** A range loaded with "values, valueTypes, numberFormat". */
export interface LoadedCells {
  values: unknown[][];
  valueTypes: string[][];
  numberFormat: string[][];
}

/** What the engine's snapshot needs of each cell to load, for readSnapshot and readHeaderArea. */
export const CELL_PROPERTIES = "values, valueTypes, numberFormat";

/** Rows without trailing empty cells, as the engine's snapshot keeps them. */
function trimmed<T>(line: (T | null)[]): (T | null)[] {
  let end = line.length;
  while (end > 0 && line[end - 1] === null) end--;
  return end === line.length ? line : line.slice(0, end);
}

function cellOf(value: unknown, type: string): CellValue {
  if (type === "Empty" || value === "") return null;
  if (type === "Error") return { error: String(value) };
  return value as CellValue;
}

/**
 * A loaded range's rows as the snapshot keeps them: empty cells null, errors as errors, no
 * trailing empty cells; number formats only for numbers that have one.
 */
export function snapshotRows(cells: LoadedCells) {
  const values = cells.values.map((line, i) =>
    trimmed(line.map((value, j) => cellOf(value, cells.valueTypes[i][j])))
  );
  const formats = cells.values.map((line, i) =>
    trimmed(
      line.map((value, j) => {
        const format = cells.numberFormat[i][j];
        return typeof value === "number" && format !== "General" ? format : null;
      })
    )
  );
  return { values, formats };
}

/**
 * A sheet snapshot's optional parts, present only when they hold something, as the CLI's reader
 * gives them: number formats, merged areas, tables.
 */
export function sheetExtras(
  formats: (string | null)[][],
  merged: CellArea[],
  tables: SheetSnapshot["tables"]
): Pick<SheetSnapshot, "numberFormats" | "merged" | "tables"> {
  return {
    ...(formats.some((line) => line.length > 0) ? { numberFormats: formats } : {}),
    ...(merged.length ? { merged } : {}),
    ...(tables ? { tables } : {}),
  };
}

/** The first rows of the blocks, up to `cells` cells (at least one row), and the rows left. */
function split(blocks: Block[], cells: number): { chunk: Block[]; rest: Block[] } {
  const chunk: Block[] = [];
  let left = cells;
  let i = 0;
  for (; i < blocks.length && (left >= blocks[i].columns || !chunk.length); i++) {
    const block = blocks[i];
    const rows = Math.min(block.rows, Math.max(1, Math.floor(left / block.columns)));
    chunk.push({ ...block, rows });
    left -= rows * block.columns;
    if (rows < block.rows) {
      const rest = { ...block, row: block.row + rows, rows: block.rows - rows };
      return { chunk, rest: [rest, ...blocks.slice(i + 1)] };
    }
  }
  return { chunk, rest: blocks.slice(i) };
}

/**
 * Reads the blocks a chunk per sync: a response must stay under Excel's 5 MB, so these syncs
 * cannot be batched. Each chunk aims at 4 MB by the bytes per cell the previous chunk measured; a
 * chunk refused for its size is read again at half the cells.
 */
async function readChunks(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  pending: Block[],
  bytesPerCell: number,
  deliver: (block: Block, cells: LoadedCells) => void,
  signal?: AbortSignal
): Promise<void> {
  if (!pending.length) return;
  signal?.throwIfAborted();
  const { chunk, rest } = split(pending, Math.floor(CHUNK_BYTES / bytesPerCell));
  const ranges = chunk.map((b) =>
    sheets[b.sheet].getRangeByIndexes(b.row, b.column, b.rows, b.columns).load(CELL_PROPERTIES)
  );
  const cells = chunk.reduce((n, b) => n + b.rows * b.columns, 0);
  try {
    await context.sync();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== "ResponsePayloadSizeLimitExceeded" || cells <= 1) throw error;
    return readChunks(context, sheets, pending, (2 * CHUNK_BYTES) / cells, deliver, signal);
  }
  const loaded = ranges as unknown as LoadedCells[];
  chunk.forEach((block, i) => deliver(block, loaded[i]));
  const measured = jsonBytes(loaded.map((r) => [r.values, r.valueTypes, r.numberFormat])) / cells;
  return readChunks(context, sheets, rest, Math.max(1, measured * MARGIN), deliver, signal);
}

/**
 * The engine's snapshot of the workbook's sheets (all, or those named): each used range's values,
 * with number formats for numbers (they tell dates apart), errors as errors, Excel tables and,
 * where Excel can tell, merged areas — the same snapshot the CLI reads from the saved file. Two syncs, then one
 * per chunk of about 4 MB.
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<WorkbookSnapshot> {
  const { only, skip = [], mergedAreas = false } = options;
  const fixed = typeof only === "function" ? undefined : only;
  const collection = context.workbook.worksheets;
  collection.load("items/name, items/visibility");
  const tables = queueTables(context);
  await context.sync();
  const candidates = collection.items.filter(
    (s) => (!fixed || fixed.includes(s.name)) && !skip.includes(s.name)
  );
  const usedRanges = candidates.map((s) =>
    s.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount")
  );
  const mergedAreasOf = mergedAreas ? candidates.map(queueMergedAreas) : [];
  const tableRanges = tables.ranges();
  options.beforeSecondSync?.();
  await context.sync();
  const tablesBySheet = tableRanges.bySheet();
  const late = typeof only === "function" ? only() : undefined;
  const picked = candidates.flatMap((sheet, i) => (!late || late.includes(sheet.name) ? [i] : []));
  const sheets = picked.map((i) => candidates[i]);
  const used = picked.map((i) => usedRanges[i]);
  const merged = picked.map((i) => mergedAreasOf[i]);

  const snapshots: SheetSnapshot[] = sheets.map((sheet) => ({
    name: sheet.name,
    visibility: sheet.visibility as SheetVisibility,
    origin: { row: 1, column: 1 },
    values: [],
  }));
  const formats: (string | null)[][][] = sheets.map(() => []);
  const blocks: Block[] = [];
  used.forEach((range, sheet) => {
    if (range.isNullObject) return;
    snapshots[sheet].origin = { row: range.rowIndex + 1, column: range.columnIndex + 1 };
    blocks.push({
      sheet,
      row: range.rowIndex,
      rows: range.rowCount,
      column: range.columnIndex,
      columns: range.columnCount,
    });
  });

  const total = blocks.reduce((n, b) => n + b.rows * b.columns, 0);
  let read = 0;
  const deliver = (block: Block, cells: LoadedCells) => {
    const snapshot = snapshots[block.sheet];
    const first = block.row + 1 - snapshot.origin.row;
    const rows = snapshotRows(cells);
    rows.values.forEach((line, i) => (snapshot.values[first + i] = line));
    rows.formats.forEach((line, i) => (formats[block.sheet][first + i] = line));
    read += block.rows * block.columns;
    options.onProgress?.(read, total);
  };
  await readChunks(context, sheets, blocks, BYTES_PER_CELL, deliver, options.signal);

  snapshots.forEach((snapshot, i) =>
    Object.assign(
      snapshot,
      sheetExtras(formats[i], merged[i]?.areas() ?? [], tablesBySheet.get(snapshot.name))
    )
  );
  return { sheets: snapshots };
}
