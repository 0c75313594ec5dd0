import type {
  CellArea,
  CellValue,
  SheetSnapshot,
  SheetVisibility,
  WorkbookSnapshot,
} from "../core/snapshot/workbook-snapshot";
import { queueMergedAreas } from "./merged-areas";
import { queueTables } from "./tables";

/** Excel on the web refuses a response over 5 MB; each chunk aims at 4 MB. */
const CHUNK_BYTES = 4 * 1024 * 1024;
/**
 * A cell's share of a response that carries its value, value type and number format: about 45
 * bytes in generated plans of Persian text, so a chunk lands near 3 MB. A chunk of longer texts
 * that exceeds the limit anyway is read again in halves.
 */
export const BYTES_PER_CELL = 64;
const CHUNK_CELLS = Math.floor(CHUNK_BYTES / BYTES_PER_CELL);

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

/** Blocks packed into chunks of at most CHUNK_CELLS cells (a block is split by rows to fit). */
function chunksOf(blocks: Block[]): Block[][] {
  const chunks: Block[][] = [];
  let chunk: Block[] = [];
  let cells = 0;
  for (const block of blocks) {
    for (let row = block.row; row < block.row + block.rows;) {
      const fit = Math.max(1, Math.floor((CHUNK_CELLS - cells) / block.columns));
      const rows = Math.min(fit, block.row + block.rows - row);
      chunk.push({ ...block, row, rows });
      cells += rows * block.columns;
      row += rows;
      if (cells + block.columns > CHUNK_CELLS) {
        chunks.push(chunk);
        chunk = [];
        cells = 0;
      }
    }
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/**
 * Reads chunks one sync each: a response must stay under Excel's 5 MB, so these syncs cannot be
 * batched. A chunk refused for its size is read again in halves.
 */
async function readChunks(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  chunks: Block[][],
  deliver: (block: Block, cells: LoadedCells) => void
): Promise<void> {
  const [chunk, ...rest] = chunks;
  if (!chunk) return;
  const ranges = chunk.map((b) =>
    sheets[b.sheet].getRangeByIndexes(b.row, b.column, b.rows, b.columns).load(CELL_PROPERTIES)
  );
  try {
    await context.sync();
  } catch (error) {
    const code = (error as { code?: string }).code;
    const cells = chunk.reduce((n, b) => n + b.rows * b.columns, 0);
    if (code !== "ResponsePayloadSizeLimitExceeded" || cells <= 1) throw error;
    const halves = chunk.flatMap((b) =>
      b.rows > 1
        ? [
            { ...b, rows: Math.ceil(b.rows / 2) },
            { ...b, row: b.row + Math.ceil(b.rows / 2), rows: Math.floor(b.rows / 2) },
          ]
        : [b]
    );
    return readChunks(context, sheets, [...halves.map((b) => [b]), ...rest], deliver);
  }
  chunk.forEach((block, i) => deliver(block, ranges[i] as unknown as LoadedCells));
  return readChunks(context, sheets, rest, deliver);
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

  await readChunks(context, sheets, chunksOf(blocks), (block, cells) => {
    const snapshot = snapshots[block.sheet];
    const first = block.row + 1 - snapshot.origin.row;
    const rows = snapshotRows(cells);
    rows.values.forEach((line, i) => (snapshot.values[first + i] = line));
    rows.formats.forEach((line, i) => (formats[block.sheet][first + i] = line));
  });

  snapshots.forEach((snapshot, i) =>
    Object.assign(
      snapshot,
      sheetExtras(formats[i], merged[i]?.areas() ?? [], tablesBySheet.get(snapshot.name))
    )
  );
  return { sheets: snapshots };
}
