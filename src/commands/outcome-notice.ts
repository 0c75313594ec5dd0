import type { Translator } from "../core/i18n";
import type { OutcomeMessage } from "../excel/outcome-messages";
import type { Notice } from "./notice";
import { notice } from "./run-command";

/** An operation's message as the ribbon's notice (errors as error notices, the rest as info). */
export const noticeOf = (i18n: Translator, message: OutcomeMessage): Notice =>
  notice(i18n, message.intent === "error" ? "error" : "info", message.lines);
