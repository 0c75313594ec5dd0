import { parseArgs } from "node:util";
import { langFromTag, LANGS, type Lang } from "../core/i18n";
import { errorMessage } from "../core/error-message";
import { cliMessage, type CliMessageKey } from "./cli-messages";
import { runCascade } from "./commands/cascade";
import { runDetect } from "./commands/detect";
import { runDiff } from "./commands/diff";
import { runTemplate } from "./commands/template";
import { runValidate } from "./commands/validate";
import { EXIT } from "./exit-codes";
import { helpText, type Command } from "./help";
import { InputProblem } from "./input-problem";
import type { CliIo } from "./io";

const COMMON = {
  lang: { type: "string" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const OPTIONS = {
  validate: {
    ...COMMON,
    mapping: { type: "string" },
    config: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
  },
  detect: COMMON,
  template: COMMON,
  diff: { ...COMMON, format: { type: "string" }, out: { type: "string" } },
  cascade: {
    ...COMMON,
    parent: { type: "string" },
    "parent-mapping": { type: "string" },
    mapping: { type: "string" },
    config: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
  },
} as const;

/** How many files each command names, and what to say when that is not what was given. */
const ARITY: Record<Command, { min: number; max: number; missing: CliMessageKey }> = {
  validate: { min: 1, max: 1, missing: "usage.missingFile" },
  detect: { min: 1, max: 1, missing: "usage.missingFile" },
  template: { min: 1, max: 1, missing: "usage.missingFile" },
  diff: { min: 2, max: 2, missing: "usage.twoFiles" },
  cascade: { min: 1, max: Infinity, missing: "usage.missingDistricts" },
};

/** --lang, else the environment's locale (LC_ALL, LANG), else English. */
function chooseLang(argv: readonly string[], env: CliIo["env"]): Lang {
  const at = argv.indexOf("--lang");
  const given = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return langFromTag(given) ?? langFromTag(env.LC_ALL) ?? langFromTag(env.LANG) ?? "en";
}

class UsageProblem extends Error {}

function choice<T extends string>(
  lang: Lang,
  option: string,
  value: string | undefined,
  choices: readonly T[]
) {
  if (value === undefined || (choices as readonly string[]).includes(value))
    return value as T | undefined;
  throw new UsageProblem(
    cliMessage(lang, "usage.badChoice", { option, choices: choices.join(", ") })
  );
}

/** `rahbord cascade --parent p.xlsx d1.xlsx d2.xlsx …`: any number of district workbooks. */
async function cascade(lang: Lang, values: object, districts: string[], io: CliIo) {
  const v = values as {
    parent?: string;
    "parent-mapping"?: string;
    mapping?: string;
    config?: string;
    format?: string;
    out?: string;
  };
  if (v.parent === undefined) throw new UsageProblem(cliMessage(lang, "usage.missingParent"));
  const format = choice(lang, "format", v.format, ["text", "json"] as const) ?? "text";
  return runCascade(
    {
      parent: v.parent,
      districts,
      lang,
      format,
      parentMapping: v["parent-mapping"],
      mapping: v.mapping,
      config: v.config,
      out: v.out,
    },
    io
  );
}

/** Runs one command line; returns the exit code. Never throws: every failure is one line on stderr. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = chooseLang(argv, io.env);
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h") {
    io.out(helpText(lang, "main"));
    return command === undefined ? EXIT.couldNotRun : EXIT.clean;
  }
  if (!(command in OPTIONS)) {
    io.err(cliMessage(lang, "usage.unknownCommand", { command }));
    return EXIT.couldNotRun;
  }
  const name = command as Command;
  const debug = rest.includes("--debug");
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: OPTIONS[name], allowPositionals: true });
    } catch (error) {
      throw new UsageProblem(errorMessage(error));
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.out(helpText(lang, name));
      return EXIT.clean;
    }
    choice(lang, "lang", values.lang, LANGS);
    const arity = ARITY[name];
    if (positionals.length < arity.min || positionals.length > arity.max)
      throw new UsageProblem(cliMessage(lang, arity.missing));
    if (name === "cascade") return await cascade(lang, values, positionals, io);
    const [file] = positionals;
    if (name === "template") return await runTemplate(file, lang, io);
    if (name === "detect") return await runDetect(file, lang, io);
    const v = values as { mapping?: string; config?: string; format?: string; out?: string };
    const format = choice(lang, "format", v.format, ["text", "json"] as const) ?? "text";
    if (name === "diff")
      return await runDiff({ before: file, after: positionals[1], lang, format, out: v.out }, io);
    return await runValidate(
      { file, lang, format, mapping: v.mapping, config: v.config, out: v.out },
      io
    );
  } catch (error) {
    if (error instanceof UsageProblem)
      io.err(cliMessage(lang, "usage.bad", { reason: error.message, command: name }));
    else if (error instanceof InputProblem) {
      const reason = error.reason && { reason: cliMessage(lang, error.reason) };
      io.err(cliMessage(lang, error.key, { ...error.values, ...reason }));
    } else io.err(errorMessage(error));
    if (debug && error instanceof Error)
      io.err(String((error.cause as Error)?.stack ?? error.stack));
    return EXIT.couldNotRun;
  }
}
