import type { Translator } from "../../../core/i18n";
import type { ParentRegister } from "../../../core/register/parent-register";

/** "3 policies, 5 goals, 8 KPIs", in the reader's digits. */
export const countsText = (i18n: Translator, register: ParentRegister) =>
  i18n.t("parent.counts", {
    policies: register.policies.length,
    goals: register.goals.length,
    kpis: register.kpis.length,
  });

/** An import's ISO time in the reader's calendar (Jalali in Persian); as written when unreadable. */
export function dateText(i18n: Translator, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : i18n.date(date, true);
}

/** The hash's first 12 hex digits: enough to tell two files apart at a glance. */
export const shortHash = (hash: string) => hash.slice(0, 12);
