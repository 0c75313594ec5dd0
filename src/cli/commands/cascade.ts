import { basename, extname, resolve } from "node:path";
import {
  consolidate,
  type Consolidation,
  type DistrictWorkbook,
} from "../../core/cascade/consolidate";
import type { RuleConfig } from "../../core/config";
import { countFindings, type Finding, type FindingCounts } from "../../core/findings";
import type { Lang } from "../../core/i18n";
import { validateRuleConfig } from "../../core/mapping/validate-mapping";
import { buildPlan } from "../../core/model/build-plan";
import { registerOf, type ParentRegister } from "../../core/register/parent-register";
import { findingJson } from "../../core/report/findings-json";
import { cliMessage } from "../cli-messages";
import { EXIT } from "../exit-codes";
import { InputProblem } from "../input-problem";
import type { CliIo } from "../io";
import { loadJsonFile } from "../load-json-file";
import { readHashedWorkbookFile, readWorkbookFile } from "../read-workbook";
import { resolveMapping, type ResolvedMapping } from "../resolve-mapping";
import { findingsLines, mappingLine, uncertainLine } from "../text-report";
import { writeConsolidatedFile } from "../write-consolidated";
import { writeOutput } from "../write-output";
import { refuseOverwrite } from "../write-report";

export interface CascadeOptions {
  /** The higher-level (deputy's) plan. */
  parent: string;
  /** The district plans, in the order given: each district is named after its file. */
  districts: readonly string[];
  lang: Lang;
  format: "text" | "json";
  /** The mapping of the parent workbook (else stored, else detected). */
  parentMapping?: string;
  /** The mapping of every district workbook (they share a template; else stored, else detected). */
  mapping?: string;
  config?: string;
  out?: string;
}

/** The district's name: its file's name without the extension. */
const districtNameOf = (file: string) => basename(file, extname(file));

interface DistrictInput {
  name: string;
  file: string;
  mapping: ResolvedMapping;
}

/** Refuses, before anything is read, two districts of one name and the parent given as a district. */
function checkNames(parent: string, districts: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const file of districts) {
    if (resolve(file) === resolve(parent))
      throw new InputProblem("input.parentAmongDistricts", { file: basename(parent) });
    const name = districtNameOf(file);
    const first = seen.get(name.toLowerCase());
    if (first !== undefined)
      throw new InputProblem("input.duplicateDistrict", { name, first, second: file });
    seen.set(name.toLowerCase(), file);
  }
}

/** The parent plan as the districts' register, its source the file's name and SHA-256. */
async function readParent(options: CascadeOptions) {
  const { parent } = options;
  const read = await readHashedWorkbookFile(parent);
  const mapping = await resolveMapping(read, parent, options.parentMapping);
  const plan = buildPlan(read.snapshot, mapping.document);
  const { hash } = read;
  const register = registerOf(plan, {
    fileName: basename(parent),
    importedAt: new Date().toISOString(),
    hash,
  });
  if (register.goals.length === 0 && register.kpis.length === 0)
    throw new InputProblem("input.parentEmpty", { file: basename(parent) });
  return { register, mapping, hash };
}

function total(result: Consolidation): FindingCounts {
  return countFindings(result.districts.flatMap((d) => d.findings).concat(result.overall));
}

/** For each parent goal, how many districts serve it. */
function servingCounts(matrix: Consolidation["matrix"]): number[] {
  return matrix.links.map((row) => row.filter((n) => n > 0).length);
}

function textOutput(
  options: CascadeOptions,
  parent: { mapping: ResolvedMapping },
  inputs: readonly DistrictInput[],
  result: Consolidation
): string {
  const { lang } = options;
  const parentFile = basename(options.parent);
  const lines = [
    cliMessage(lang, "cascade.parent", {
      file: parentFile,
      mapping: mappingLine(parent.mapping, lang),
    }),
  ];
  const uncertain = uncertainLine(parent.mapping, lang);
  if (uncertain) lines.push(uncertain);
  result.districts.forEach((d, i) => {
    const input = inputs[i];
    lines.push(
      "",
      cliMessage(lang, "cascade.district", {
        name: d.name,
        file: basename(input.file),
        mapping: mappingLine(input.mapping, lang),
      })
    );
    const doubt = uncertainLine(input.mapping, lang);
    if (doubt) lines.push(doubt);
    lines.push(...findingsLines(d.findings, d.counts, lang));
  });
  lines.push(
    "",
    cliMessage(lang, "cascade.overall", { count: result.districts.length, file: parentFile }),
    ...findingsLines(result.overall, countFindings(result.overall), lang)
  );

  const { goals, districts } = result.matrix;
  const serving = servingCounts(result.matrix);
  const served = serving.map((n) =>
    cliMessage(lang, "cascade.served", { served: n, total: districts.length })
  );
  const codeWidth = Math.max(...goals.map((g) => g.code.length), 0);
  const servedWidth = Math.max(...served.map((s) => s.length), 0);
  lines.push("", cliMessage(lang, "cascade.coverage"));
  goals.forEach((g, i) =>
    lines.push(`  ${g.code.padEnd(codeWidth)}  ${served[i].padStart(servedWidth)}  ${g.title}`)
  );
  const uncovered = goals.filter((_, i) => serving[i] === 0).map((g) => g.code);
  lines.push(
    uncovered.length > 0
      ? cliMessage(lang, "cascade.uncovered", {
          goals: uncovered.join(lang === "fa" ? "، " : ", "),
        })
      : cliMessage(lang, "cascade.allCovered")
  );
  lines.push("", cliMessage(lang, "cascade.total", { ...total(result) }));
  return lines.join("\n");
}

const mappingJson = (m: ResolvedMapping) => ({
  source: m.source,
  ...(m.path !== undefined ? { path: m.path } : {}),
});

/** The documented JSON of `rahbord cascade --format json` (docs/cli.md). */
function cascadeJson(
  parent: { file: string; hash: string; mapping: ResolvedMapping },
  inputs: readonly DistrictInput[],
  result: Consolidation
) {
  const findings = (list: readonly Finding[]) => list.map(findingJson);
  return {
    parent: {
      file: basename(parent.file),
      hash: parent.hash,
      mapping: mappingJson(parent.mapping),
    },
    districts: result.districts.map((d, i) => ({
      name: d.name,
      file: basename(inputs[i].file),
      mapping: mappingJson(inputs[i].mapping),
      counts: d.counts,
      findings: findings(d.findings),
    })),
    overall: { counts: countFindings(result.overall), findings: findings(result.overall) },
    matrix: result.matrix,
    summary: total(result),
  };
}

/**
 * Checks each district plan against the parent plan, then all of them together; reports per
 * district and overall; exit 1 when any finding is an error. Districts are read one after another,
 * so only one workbook's parser model is in memory at a time. No input is ever written.
 */
export async function runCascade(options: CascadeOptions, io: CliIo): Promise<number> {
  const { lang, out } = options;
  checkNames(options.parent, options.districts);
  if (out !== undefined)
    for (const file of [options.parent, ...options.districts]) refuseOverwrite(out, file);
  const config: RuleConfig | undefined =
    options.config === undefined
      ? undefined
      : await loadJsonFile(options.config, "input.configFile", validateRuleConfig);

  const parent = await readParent(options);
  const register: ParentRegister = parent.register;
  const inputs: DistrictInput[] = [];
  const workbooks: DistrictWorkbook[] = [];
  for (const file of options.districts) {
    const read = await readWorkbookFile(file);
    const mapping = await resolveMapping(read, file, options.mapping);
    const name = districtNameOf(file);
    inputs.push({ name, file, mapping });
    workbooks.push({ name, snapshot: read.snapshot, mapping: mapping.document });
  }
  const result = consolidate(register, workbooks, { config, lang });
  workbooks.length = 0; // the snapshots are no longer needed

  const parentInfo = { file: options.parent, hash: parent.hash, mapping: parent.mapping };
  io.out(
    options.format === "json"
      ? JSON.stringify(cascadeJson(parentInfo, inputs, result))
      : textOutput(options, parent, inputs, result)
  );
  if (out !== undefined) {
    await writeOutput(out, () =>
      writeConsolidatedFile(out, result, {
        lang,
        parent: { file: options.parent, hash: parent.hash },
        districts: inputs.map(({ name, file }) => ({ name, file })),
      })
    );
    io.err(cliMessage(lang, "cascade.written", { file: out }));
  }
  const errors = total(result).errors;
  return errors > 0 ? EXIT.errorsFound : EXIT.clean;
}
