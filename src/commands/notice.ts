import type { Lang } from "../core/i18n";

/** What a ribbon command tells the user when it finishes, shown in a small dialog (notice.html). */
export interface Notice {
  kind: "info" | "error";
  lang: Lang;
  title: string;
  lines: string[];
  closeLabel: string;
}

const PARAM = "notice";

export function noticeUrl(pageUrl: string, notice: Notice): string {
  const url = new URL(pageUrl);
  url.searchParams.set(PARAM, JSON.stringify(notice));
  return url.href;
}

/** The notice a page address carries, or undefined when there is none or it is damaged. */
export function noticeFromUrl(href: string): Notice | undefined {
  try {
    const raw = new URL(href).searchParams.get(PARAM);
    const parsed = raw ? (JSON.parse(raw) as Partial<Notice>) : undefined;
    if (!parsed || !Array.isArray(parsed.lines) || typeof parsed.title !== "string")
      return undefined;
    return {
      kind: parsed.kind === "error" ? "error" : "info",
      lang: parsed.lang === "fa" ? "fa" : "en",
      title: parsed.title,
      lines: parsed.lines.map(String),
      closeLabel: String(parsed.closeLabel ?? "OK"),
    };
  } catch {
    return undefined;
  }
}
