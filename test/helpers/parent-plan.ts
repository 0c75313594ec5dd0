import type { CellValue, WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { modelFromSnapshot } from "../../src/simulator/model-from-snapshot";
import { modelToXlsx } from "../../src/simulator/model-to-xlsx";
import type { ModelWorkbook } from "../../src/simulator/workbook-model";

const sheet = (name: string, values: CellValue[][]) => ({
  name,
  visibility: "Visible" as const,
  origin: { row: 1, column: 1 },
  values,
});

/**
 * A city plan, the parent of the district plan below: two policies, two goals, three KPIs. Its
 * titles include text Excel would take for formulas. `k1Target` and `g2Title` vary it.
 */
export function parentSnapshot(k1Target = 80, g2Title = "+Recycling"): WorkbookSnapshot {
  return {
    sheets: [
      sheet("Policies", [
        ["Policy code", "Policy title"],
        ["P1", "Clean city"],
        ["P2", "-Reduce waste at source"],
      ]),
      sheet("Goals", [
        ["Goal code", "Goal title", "Parent goal", "Policies"],
        ["G1", "=Collection coverage", null, "P1"],
        ["G2", g2Title, null, "P2"],
      ]),
      sheet("KPIs", [
        ["KPI code", "KPI name", "Goal code", "Unit", "Direction", "Target"],
        ["K1", "Coverage rate", "G1", "%", "Higher is better", k1Target],
        ["K2", "Waste recycled", "G2", "tonnes", "Higher is better", 1000],
        ["K3", "@Complaints", "G1", "count", "Lower is better", 50],
      ]),
    ],
  };
}

/** A snapshot as an .xlsx file's bytes (through the simulator's writer). */
export const xlsxBytes = (snapshot: WorkbookSnapshot) => modelToXlsx(modelFromSnapshot(snapshot));

/**
 * A district plan whose goal sits under the city's G1 and whose KPIs cascade from K1 (in the
 * same unit, aiming lower than its average target) and K2 (in another unit).
 */
export function childModel(): ModelWorkbook {
  return modelFromSnapshot({
    sheets: [
      sheet("Goals", [
        ["Goal code", "Goal title", "Parent goal"],
        ["CG1", "District collection coverage", "G1"],
      ]),
      sheet("KPIs", [
        ["KPI code", "KPI name", "Goal code", "Parent KPI", "Unit", "Direction", "Target"],
        ["CK1", "District coverage rate", "CG1", "K1", "%", "Higher is better", 60],
        ["CK2", "District recycling", "CG1", "K2", "%", "Higher is better", 30],
      ]),
    ],
  });
}
