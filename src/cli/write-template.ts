import { replaceFile } from "./write-output";
import type { Lang } from "../core/i18n";
import { templateSpec } from "../core/template/template-spec";
import { templateBytes } from "../xlsx/template-workbook";

export async function writeTemplateFile(path: string, lang: Lang): Promise<void> {
  await replaceFile(path, await templateBytes(templateSpec(lang)));
}
