import { createContext, useContext } from "react";
import type { DisplayPrefs, Translator } from "../core/i18n";

export interface I18nValue {
  i18n: Translator;
  setPrefs(prefs: DisplayPrefs): void;
}

export const I18nContext = createContext<I18nValue | undefined>(undefined);

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside <I18nContext.Provider>");
  return value;
}
