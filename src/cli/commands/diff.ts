import { basename } from "node:path";
import { planDiff, type PlanChange } from "../../core/compare/plan-diff";
import { createTranslator, defaultDisplayPrefs, type Lang } from "../../core/i18n";
import { buildPlan } from "../../core/model/build-plan";
import { locateChanges } from "../../core/review/change-report";
import { changeLine, groupChanges } from "../../core/review/change-text";
import { buildChangeReportWorkbook, previousJustifications } from "../change-report-file";
import { linkFrom } from "../report-findings-sheet";
import { cliMessage } from "../cli-messages";
import { EXIT } from "../exit-codes";
import type { CliIo } from "../io";
import { readWorkbookFile } from "../read-workbook";
import { resolveMapping } from "../resolve-mapping";
import { replaceFile, writeOutput } from "../write-output";
import { refuseOverwrite } from "../write-report";

export interface DiffOptions {
  before: string;
  after: string;
  lang: Lang;
  format: "text" | "json";
  out?: string;
}

/** A workbook's plan, through its stored mapping or else detection, as validate reads it. */
async function readPlanFile(file: string) {
  const read = await readWorkbookFile(file);
  const mapping = await resolveMapping(read, file, undefined);
  return buildPlan(read.snapshot, mapping.document);
}

function diffText(options: DiffOptions, changes: readonly PlanChange[]): string {
  const { lang } = options;
  const i18n = createTranslator(defaultDisplayPrefs(lang));
  const lines = [
    cliMessage(lang, "diff.heading", {
      before: basename(options.before),
      after: basename(options.after),
    }),
  ];
  for (const group of groupChanges(changes)) {
    lines.push(
      "",
      `${i18n.t(`review.group.${group.entity}`)} (${i18n.number(group.changes.length)})`
    );
    lines.push(...group.changes.map((change) => `  ${changeLine(change, i18n)}`));
  }
  lines.push(
    "",
    changes.length
      ? cliMessage(lang, "diff.summary", { count: changes.length })
      : cliMessage(lang, "diff.none")
  );
  return lines.join("\n");
}

/**
 * What changed from one workbook's plan to another's, as the add-in's Compare tells it (planDiff).
 * Exit 0 when nothing changed and 1 when something did, as diff(1) does; the inputs are never
 * written. `--out` writes the change report, keeping the justifications typed in it before.
 */
export async function runDiff(options: DiffOptions, io: CliIo): Promise<number> {
  const { before, after, lang, out } = options;
  if (out !== undefined) [before, after].forEach((input) => refuseOverwrite(out, input));
  const earlier = await readPlanFile(before);
  const later = await readPlanFile(after);
  const changes = planDiff(earlier, later);
  io.out(
    options.format === "json"
      ? JSON.stringify({ before: basename(before), after: basename(after), changes })
      : diffText(options, changes)
  );
  if (out !== undefined) {
    const previous = await previousJustifications(out);
    const workbook = buildChangeReportWorkbook({
      changes,
      locations: changes.map(locateChanges(later)),
      before: basename(before),
      after: basename(after),
      lang,
      previous,
      link: linkFrom(out, after),
    });
    await writeOutput(out, async () => replaceFile(out, await workbook.xlsx.writeBuffer()));
    io.err(cliMessage(lang, "diff.written", { file: out }));
  }
  return changes.length ? EXIT.changesFound : EXIT.clean;
}
