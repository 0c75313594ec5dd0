import type { Finding } from "../findings";
import type { Lang } from "../i18n";
import { ROLE_LABELS } from "../mapping/labels";
import { fieldHeader, reportLabel, SEVERITY_LABELS } from "./report-labels";

/** The findings as a table, the same in the CLI's report workbook and the add-in's report sheet. */
export interface FindingsTable {
  headers: string[];
  /** Each finding's cells, all text; the link column holds the link's text. */
  rows: (string | undefined)[][];
  /** Where the link column sits; each row's link goes to its finding's sheet and cell. */
  linkColumn: number;
}

export function findingsTable(findings: readonly Finding[], lang: Lang): FindingsTable {
  const label = (key: Parameters<typeof reportLabel>[0]) => reportLabel(key, lang);
  return {
    headers: [
      label("severity"),
      label("rule"),
      label("message"),
      label("sheet"),
      label("cell"),
      label("link"),
      label("entity"),
      fieldHeader("policy", "id", lang),
      label("related"),
    ],
    rows: findings.map((f) => [
      SEVERITY_LABELS[f.severity][lang],
      f.rule,
      f.message,
      f.sheet,
      f.cell,
      `${f.sheet}!${f.cell}`,
      ROLE_LABELS[f.entity][lang],
      f.id,
      f.related?.map((r) => `${r.sheet}!${r.cell}`).join(lang === "fa" ? "، " : ", "),
    ]),
    linkColumn: 5,
  };
}
