import type { Lang } from "../../core/i18n";
import { ROLE_LABELS } from "../../core/mapping/labels";
import { EXIT } from "../exit-codes";
import { readWorkbookFile } from "../read-workbook";
import { resolveMapping } from "../resolve-mapping";
import type { CliIo } from "../io";
import { formatConfidence, mappingLine } from "../text-report";

/** The detected mapping as JSON on stdout (to save and pass back with --mapping); how sure, on stderr. */
export async function runDetect(file: string, lang: Lang, io: CliIo): Promise<number> {
  const read = await readWorkbookFile(file);
  const mapping = await resolveMapping(read, file, undefined);
  io.out(JSON.stringify(mapping.document, null, 2));
  io.err(mappingLine(mapping, lang));
  for (const s of mapping.detection?.sheets ?? [])
    io.err(
      `${s.sheet}: ${ROLE_LABELS[s.role][lang]} (${formatConfidence(s.confidence, lang)})` +
        (s.missing.length ? ` — ${s.missing.join(", ")}?` : "")
    );
  return EXIT.clean;
}
