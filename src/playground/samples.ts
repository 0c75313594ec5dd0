/**
 * The repository's samples, bundled as files beside the page (asset modules): only the playground
 * imports them, so only its build carries them. The first is opened at start.
 */
export const SAMPLES = [
  { id: "plan-fa", url: new URL("../../samples/plan-fa.xlsx", import.meta.url) },
  {
    id: "plan-fa-with-defects",
    url: new URL("../../samples/plan-fa-with-defects.xlsx", import.meta.url),
  },
  { id: "plan-en", url: new URL("../../samples/plan-en.xlsx", import.meta.url) },
  {
    id: "plan-en-with-defects",
    url: new URL("../../samples/plan-en-with-defects.xlsx", import.meta.url),
  },
] as const;

export type Sample = (typeof SAMPLES)[number];

export async function sampleBytes(sample: Sample): Promise<ArrayBuffer> {
  const response = await fetch(sample.url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.arrayBuffer();
}
