import { buildPlanDashboard } from "./build-dashboard";
import { clearPlanHighlights } from "./clear-highlights";
import { enforcePlanLinks, removePlanLinks } from "./links-commands";
import { insertPlanTemplate } from "./template-command";
import { highlightPlan, validatePlan } from "./validate-plan";

/** Every ExecuteFunction the manifest may name; the offline manifest check reads these keys. */
export const ribbonCommands = {
  validatePlan,
  highlightPlan,
  clearPlanHighlights,
  buildPlanDashboard,
  insertPlanTemplate,
  enforcePlanLinks,
  removePlanLinks,
} as const satisfies Record<string, (event: Office.AddinCommands.Event) => Promise<void>>;

export function registerRibbonCommands(): void {
  for (const [name, handler] of Object.entries(ribbonCommands)) {
    Office.actions.associate(name, handler);
  }
}
