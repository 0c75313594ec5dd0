import type { CellArea } from "./workbook-snapshot";

/** Column number (1-based) → letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Letters → column number (1-based), or undefined for anything that is not A…XFD. */
export function columnNumber(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= 16384 ? n : undefined;
}

/** A1 address of a worksheet cell (1-based row and column). */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/**
 * The rectangle an A1 range names ("B3:F40", "$B$3:$F$40", "'اهداف'!B3:F40", a single "C5"), as
 * office.js and .xlsx files write them; undefined for anything else.
 */
export function areaOfRange(range: string): CellArea | undefined {
  const m = /^(?:.*!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(range);
  if (!m) return undefined;
  const left = columnNumber(m[1]);
  const right = columnNumber(m[3] ?? m[1]);
  if (left === undefined || right === undefined) return undefined;
  return { top: Number(m[2]), left, bottom: Number(m[4] ?? m[2]), right };
}

/** A sheet name as a reference writes it: quoted, its own quotes doubled ('O''Neil'). */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Whether two areas share a cell. */
export function areasOverlap(a: CellArea, b: CellArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
