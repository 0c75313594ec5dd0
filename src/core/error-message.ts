/** What to tell the user about a thrown value (an Error, an office.js RichApi error, or anything else). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
