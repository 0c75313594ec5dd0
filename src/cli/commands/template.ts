import type { Lang } from "../../core/i18n";
import { EXIT } from "../exit-codes";
import { cliMessage } from "../cli-messages";
import type { CliIo } from "../io";
import { writeOutput } from "../write-output";
import { writeTemplateFile } from "../write-template";

export async function runTemplate(out: string, lang: Lang, io: CliIo): Promise<number> {
  await writeOutput(out, () => writeTemplateFile(out, lang));
  io.err(cliMessage(lang, "template.written", { file: out }));
  return EXIT.clean;
}
