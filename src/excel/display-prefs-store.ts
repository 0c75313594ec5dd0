import { resolveDisplayPrefs, type DisplayPrefs, LANGS } from "../core/i18n";

const KEY = "rahbord.displayPrefs";

function isDisplayPrefs(value: unknown): value is DisplayPrefs {
  const v = value as Partial<DisplayPrefs> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    LANGS.includes(v.lang as DisplayPrefs["lang"]) &&
    (v.digits === "persian" || v.digits === "latin") &&
    (v.calendar === "jalali" || v.calendar === "gregorian")
  );
}

/** The user's last choice, shared by the pane and the ribbon commands (same origin). */
export function loadStoredPrefs(storage?: Storage): DisplayPrefs | undefined {
  try {
    // Even reading window.localStorage throws where storage is blocked, hence inside the try.
    const parsed: unknown = JSON.parse(
      (storage ?? globalThis.localStorage)?.getItem(KEY) ?? "null"
    );
    return isDisplayPrefs(parsed) ? parsed : undefined;
  } catch {
    return undefined; // storage blocked or an unreadable value: fall back to Office's language
  }
}

export function storePrefs(prefs: DisplayPrefs, storage?: Storage): void {
  try {
    (storage ?? globalThis.localStorage)?.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // storage blocked (private mode, partitioned iframe): the choice lasts for this session only
  }
}

/** The preferences to show, honouring `?lang=`, the stored choice and Office's display language. */
export function currentDisplayPrefs(): DisplayPrefs {
  const office = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  return resolveDisplayPrefs({
    urlLang: new URLSearchParams(globalThis.location?.search).get("lang"),
    stored: loadStoredPrefs(),
    officeLanguage: office,
    browserLanguage: globalThis.navigator?.language,
  });
}
