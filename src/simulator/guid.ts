/** A deterministic id shaped like the GUIDs Excel gives ("{00000003-0000-4000-8000-000000000000}"). */
export const guidLike = (n: number) =>
  `{${String(n).padStart(8, "0")}-0000-4000-8000-000000000000}`;
