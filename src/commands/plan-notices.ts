import type { Translator } from "../core/i18n";
import type { PlanRead } from "../excel/read-plan";
import type { Notice } from "./notice";
import { notice } from "./run-command";

/** What to tell when the plan could not be read: nothing looks like a plan, or the mapping is unusable. */
export function readNotice(i18n: Translator, read: Exclude<PlanRead, { kind: "read" }>): Notice {
  if (read.kind === "nothing-mapped")
    return notice(i18n, "info", [i18n.t("validate.nothingMapped")]);
  const reason = i18n.t(`validate.mapping.${read.stored.kind}`);
  return notice(i18n, "error", [i18n.t("validate.mappingUnusable", { reason })]);
}
