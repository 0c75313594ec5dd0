import type ExcelJS from "exceljs";
import { isRightToLeft, type Lang } from "../core/i18n";
import { LINE_KINDS, STATUSES, type Status } from "../core/normalize/enums";
import type { Money, Rollups } from "../core/rollups/compute-rollups";
import type { KpiStatus } from "../core/rollups/kpi-progress";
import {
  enumWord,
  fieldHeader,
  KPI_STATUS_LABELS,
  reportLabel,
  type ReportLabel,
} from "../core/report/report-labels";
import { writeTables, type ReportColumn, type ReportTable, type ReportValue } from "./report-table";

/** Column and cell makers for one language, shared by every roll-up table. */
function vocabulary(lang: Lang) {
  const label = (key: ReportLabel) => reportLabel(key, lang);
  const kpiStatus = (status: KpiStatus) => KPI_STATUS_LABELS[status][lang];
  const state = (status: Status | "unknown" | undefined) =>
    status === undefined || status === "unknown"
      ? label("unknownState")
      : enumWord(STATUSES, status, lang);
  const moneyColumns: ReportColumn[] = [
    { header: fieldHeader("budget", "approved", lang), kind: "number" },
    { header: fieldHeader("budget", "spent", lang), kind: "number" },
  ];
  const money = (m: Money): ReportValue[] => [m.approved, m.spent];
  const progressColumns: ReportColumn[] = [
    { header: label("progress"), kind: "percent" },
    { header: label("progressStatus") },
  ];
  const progress = (r: { progress?: number; status: KpiStatus }): ReportValue[] => [
    r.progress,
    kpiStatus(r.status),
  ];
  const code = { header: fieldHeader("goal", "id", lang) };
  const title = { header: fieldHeader("goal", "title", lang) };
  const count = (key: ReportLabel): ReportColumn => ({ header: label(key), kind: "number" });
  return {
    label,
    kpiStatus,
    state,
    moneyColumns,
    money,
    progressColumns,
    progress,
    code,
    title,
    count,
  };
}

function progressTables(rollups: Rollups, lang: Lang): ReportTable[] {
  const v = vocabulary(lang);
  return [
    {
      name: "Pillars",
      title: v.label("pillars"),
      columns: [
        { header: fieldHeader("policy", "pillar", lang) },
        ...v.progressColumns,
        v.count("policies"),
        v.count("goals"),
        v.count("initiatives"),
        ...v.moneyColumns,
      ],
      rows: rollups.pillars.map((p) => [
        p.pillar,
        ...v.progress(p),
        p.policies,
        p.goals,
        p.initiatives,
        ...v.money(p.budget),
      ]),
    },
    {
      name: "Policies",
      title: v.label("policies"),
      columns: [
        v.code,
        v.title,
        { header: fieldHeader("policy", "pillar", lang) },
        ...v.progressColumns,
        v.count("goals"),
        v.count("initiatives"),
        ...v.moneyColumns,
      ],
      rows: rollups.policies.map((p) => [
        p.code,
        p.title,
        p.pillar,
        ...v.progress(p),
        p.goals,
        p.initiatives,
        ...v.money(p.budget),
      ]),
    },
    {
      name: "Goals",
      title: v.label("goals"),
      columns: [
        v.code,
        v.title,
        ...v.progressColumns,
        v.count("initiatives"),
        v.count("kpis"),
        ...v.moneyColumns,
      ],
      rows: rollups.goals.map((g) => [
        g.code,
        g.title,
        ...v.progress(g),
        g.initiatives,
        g.kpis,
        ...v.money(g.budget),
      ]),
    },
    {
      name: "Initiatives",
      title: v.label("initiatives"),
      columns: [
        v.code,
        v.title,
        { header: fieldHeader("initiative", "goal", lang) },
        { header: fieldHeader("initiative", "district", lang) },
        { header: fieldHeader("initiative", "status", lang) },
        ...v.progressColumns,
        ...v.moneyColumns,
      ],
      rows: rollups.initiatives.map((i) => [
        i.code,
        i.title,
        i.goal,
        i.district,
        v.state(i.state),
        ...v.progress(i),
        ...v.money(i.budget),
      ]),
    },
    {
      name: "Kpis",
      title: v.label("kpis"),
      columns: [
        v.code,
        { header: fieldHeader("kpi", "name", lang) },
        { header: fieldHeader("kpi", "goal", lang) },
        { header: fieldHeader("kpi", "initiative", lang) },
        { header: fieldHeader("kpi", "unit", lang) },
        { header: fieldHeader("kpi", "baseline", lang), kind: "number" },
        { header: fieldHeader("kpi", "target", lang), kind: "number" },
        { header: fieldHeader("kpi", "actual", lang), kind: "number" },
        { header: fieldHeader("kpi-actuals", "period", lang) },
        ...v.progressColumns,
      ],
      rows: rollups.kpis.map((k) => [
        k.code,
        k.name,
        k.goal,
        k.initiative,
        k.unit,
        k.baseline,
        k.target,
        k.actual,
        k.period,
        ...v.progress(k),
      ]),
    },
    {
      name: "InitiativesByStatus",
      title: v.label("initiativesByStatus"),
      columns: [{ header: fieldHeader("initiative", "status", lang) }, v.count("count")],
      rows: (Object.entries(rollups.counts.initiativesByStatus) as [Status | "unknown", number][])
        .filter(([, n]) => n > 0)
        .map(([status, n]) => [v.state(status), n]),
    },
    {
      name: "KpisByStatus",
      title: v.label("kpisByStatus"),
      columns: [{ header: v.label("progressStatus") }, v.count("count")],
      rows: (Object.entries(rollups.counts.kpisByStatus) as [KpiStatus, number][])
        .filter(([, n]) => n > 0)
        .map(([status, n]) => [v.kpiStatus(status), n]),
    },
    {
      name: "InitiativesByDistrict",
      title: v.label("initiativesByDistrict"),
      columns: [{ header: fieldHeader("initiative", "district", lang) }, v.count("count")],
      rows: rollups.counts.initiativesByDistrict.map((d) => [d.district, d.count]),
    },
  ];
}

function budgetTables({ budget }: Rollups, lang: Lang): ReportTable[] {
  const v = vocabulary(lang);
  return [
    {
      name: "BudgetTotals",
      title: v.label("budgetTotals"),
      columns: [{ header: v.label("lineKind") }, ...v.moneyColumns],
      rows: [
        [enumWord(LINE_KINDS, "cost", lang), ...v.money(budget.total)],
        [enumWord(LINE_KINDS, "revenue", lang), ...v.money(budget.revenue)],
      ],
    },
    {
      name: "BudgetByYear",
      title: v.label("budgetByYear"),
      columns: [{ header: fieldHeader("budget", "year", lang) }, ...v.moneyColumns],
      rows: budget.byYear.map((y) => [y.year, ...v.money(y)]),
    },
    {
      name: "BudgetBySource",
      title: v.label("budgetBySource"),
      columns: [{ header: fieldHeader("budget", "source", lang) }, ...v.moneyColumns],
      rows: budget.bySource.map((s) => [s.source, ...v.money(s)]),
    },
    {
      name: "BudgetByDistrict",
      title: v.label("budgetByDistrict"),
      columns: [{ header: fieldHeader("initiative", "district", lang) }, ...v.moneyColumns],
      rows: budget.byDistrict.map((d) => [d.district, ...v.money(d)]),
    },
  ];
}

function addTablesSheet(
  workbook: ExcelJS.Workbook,
  name: ReportLabel,
  tables: ReportTable[],
  lang: Lang
): void {
  const sheet = workbook.addWorksheet(reportLabel(name, lang), {
    views: [{ rightToLeft: isRightToLeft(lang) }],
  });
  writeTables(sheet, tables, 1, reportLabel("none", lang));
}

/** Progress and counts on one sheet, money on another: each a stack of titled tables. */
export function addRollupSheets(workbook: ExcelJS.Workbook, rollups: Rollups, lang: Lang): void {
  addTablesSheet(workbook, "rollupsSheet", progressTables(rollups, lang), lang);
  addTablesSheet(workbook, "budgetSheet", budgetTables(rollups, lang), lang);
}
