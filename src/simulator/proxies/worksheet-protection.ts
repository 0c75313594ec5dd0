import { SimError } from "../sim-error";
import type { ModelSheet } from "../workbook-model";
import { SimClientObject } from "./client-object";

/**
 * Excel.WorksheetProtection (ExcelApi 1.2; the password 1.7): whether the sheet is protected and
 * with which options, protect and unprotect. While a sheet is protected, the range proxies refuse
 * to change its cells (AccessDenied), as Excel does.
 */
export class SimWorksheetProtection extends SimClientObject<ModelSheet> {
  protected readonly properties = {
    protected: (sheet: ModelSheet) => sheet.protection !== undefined,
    options: (sheet: ModelSheet) => ({ ...sheet.protection?.options }),
  };

  get protected(): boolean {
    return this.loadedValue("protected");
  }

  get options(): Record<string, boolean | string> {
    return this.loadedValue("options");
  }

  /** Protects the sheet; fails if it is already protected, as Excel's documentation says. */
  protect(options: Record<string, boolean | string> = {}, password?: string): void {
    this.change({ protect: { options, password } }, (sheet) => {
      if (sheet.protection)
        throw new SimError("InvalidOperation", `The sheet '${sheet.name}' is already protected.`);
      sheet.protection = { options: { ...options }, ...(password ? { password } : {}) };
    });
  }

  /** Unprotects the sheet; nothing happens to one that is not protected; a wrong password fails. */
  unprotect(password?: string): void {
    this.change({ unprotect: { password } }, (sheet) => {
      const protection = sheet.protection;
      if (!protection) return;
      if (protection.password !== undefined && protection.password !== password)
        throw new SimError("InvalidArgument", "The password you supplied is not correct.");
      delete sheet.protection;
    });
  }
}
