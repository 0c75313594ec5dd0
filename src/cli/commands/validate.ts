import { analyse } from "../../core/analyse";
import type { RuleConfig } from "../../core/config";
import type { Lang } from "../../core/i18n";
import { validateRuleConfig } from "../../core/mapping/validate-mapping";
import { EXIT } from "../exit-codes";
import { cliMessage } from "../cli-messages";
import type { CliIo } from "../io";
import { jsonReport } from "../json-report";
import { loadJsonFile } from "../load-json-file";
import { readWorkbookFile } from "../read-workbook";
import { resolveMapping } from "../resolve-mapping";
import { textReport } from "../text-report";
import { writeOutput } from "../write-output";
import { refuseOverwrite, writeReportFile } from "../write-report";

export interface ValidateOptions {
  file: string;
  lang: Lang;
  format: "text" | "json";
  mapping?: string;
  config?: string;
  out?: string;
}

/** Reads, checks and reports; exit 1 when any finding is an error. The input is never written. */
export async function runValidate(options: ValidateOptions, io: CliIo): Promise<number> {
  const { file, lang, out } = options;
  if (out !== undefined) refuseOverwrite(out, file); // before reading, not after

  const read = await readWorkbookFile(file);
  const mapping = await resolveMapping(read, file, options.mapping);
  const config: RuleConfig | undefined =
    options.config === undefined
      ? undefined
      : await loadJsonFile(options.config, "input.configFile", validateRuleConfig);
  const analysis = analyse(read.snapshot, mapping.document, { config, lang });
  io.out(
    options.format === "json"
      ? JSON.stringify(jsonReport(file, mapping, analysis)) // one line, as ESLint's json format: for programs
      : textReport(file, mapping, analysis, lang)
  );
  if (out !== undefined) {
    await writeOutput(out, () => writeReportFile(out, analysis, { file, lang }));
    io.err(cliMessage(lang, "report.written", { file: out }));
  }
  return analysis.counts.errors > 0 ? EXIT.errorsFound : EXIT.clean;
}
