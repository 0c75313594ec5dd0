import { modelToXlsx } from "../../src/simulator/model-to-xlsx";
import { ModelSheet, ModelWorkbook, type ModelValue } from "../../src/simulator/workbook-model";
import { cellValues, hasLibreOffice, recalculated, type CellReading } from "../helpers/libreoffice";

/**
 * The formula shapes a dashboard writes, exported by the simulator and computed by LibreOffice
 * Calc: every formula is written with a stale cached result (-1, which none of them gives), so a
 * right value proves Calc recalculated it, and that the simulator's .xlsx carries formulas, tables and Persian sheet names
 * the way another engine reads them.
 */

/** soffice's first start with a fresh profile takes a few seconds; a busy CI machine, more. */
const SOFFICE_MS = 120_000;
const STALE = -1;
jest.setTimeout(SOFFICE_MS);

/** A sheet from rows of values, from A1. */
function sheetOf(name: string, rows: ModelValue[][]): ModelSheet {
  const sheet = new ModelSheet(name);
  rows.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value !== "") sheet.setCell(r + 1, c + 1, { value });
    })
  );
  return sheet;
}

const budget = sheetOf("Budget", [
  ["Row", "Initiative", "Kind", "Note", "Approved"],
  [1, "I-1", "هزینه", "", 100],
  [2, "I-2", "هزینه", "", 250],
  [3, "I-1", "درآمد", "", 40],
  [4, "I-3", "هزینه", "", 75],
  [5, "I-2", "درآمد", "", 10],
]);
budget.tables.push({
  name: "Budget",
  area: { top: 1, left: 1, bottom: 6, right: 5 },
  headerRow: true,
});

const init = sheetOf("Init", [
  ["Id", "Name", "Goal", "District"],
  [1, "a", "G1", "District 3"],
  [2, "b", "G2", "District 3"],
  [3, "c", "G1", "District 1"],
  [4, "d", "G3", "District 3"],
  [5, "e", "G2", "District 3"],
  [6, "f", "G1", "District 3"],
]);

const FA = "بودجه سال";
const budgetFa = sheetOf(FA, [
  ["ردیف", "طرح", "نوع", "", "مبلغ"],
  [1, "طرح ۱", "هزینه", "", 30],
  [2, "طرح ۲", "درآمد", "", 12],
  [3, "طرح ۱", "درآمد", "", 8],
  [4, "طرح ۳", "هزینه", "", 5],
]);
budgetFa.tables.push({
  name: "BudgetFa",
  area: { top: 1, left: 1, bottom: 5, right: 3 },
  headerRow: true,
});

/** [what, formula, the value Excel gives]; the formulas go to Dashboard!B1, B2, … */
const SHAPES: [string, string, ModelValue][] = [
  ["SUMIFS over whole columns", '=SUMIFS(Budget!$E:$E,Budget!$B:$B,"I-1")', 140],
  [
    "SUMPRODUCT(SUMIFS) with an array constant of criteria",
    '=SUMPRODUCT(SUMIFS(Budget!$E:$E,Budget!$B:$B,{"I-1","I-2"}))',
    400,
  ],
  [
    "SUMPRODUCT(COUNTIFS) with an array constant and a second criterion",
    '=SUMPRODUCT(COUNTIFS(Init!$C:$C,{"G1","G2"},Init!$D:$D,"District 3"))',
    4,
  ],
  ["SUMIFS with a <>Persian criterion", '=SUMIFS(Budget!$E:$E,Budget!$C:$C,"<>درآمد")', 425],
  [
    "SUMIFS on a quoted Persian sheet name with a Persian criterion",
    `=SUMIFS('${FA}'!$E:$E,'${FA}'!$B:$B,"طرح ۱")`,
    38,
  ],
  [
    "SUMIFS on a quoted Persian sheet name with a <>Persian criterion",
    `=SUMIFS('${FA}'!$E:$E,'${FA}'!$C:$C,"<>درآمد")`,
    35,
  ],
  [
    "SUMPRODUCT(SUMIFS) with Persian criteria in an array constant",
    `=SUMPRODUCT(SUMIFS('${FA}'!$E:$E,'${FA}'!$B:$B,{"طرح ۱","طرح ۲"}))`,
    50,
  ],
  ["AVERAGEIFS over whole columns", '=AVERAGEIFS(Budget!$E:$E,Budget!$B:$B,"I-1")', 70],
  [
    "IFERROR passing a value through",
    '=IFERROR(AVERAGEIFS(Budget!$E:$E,Budget!$B:$B,"I-2"),"")',
    130,
  ],
  ["SUMIFS matching nothing", '=SUMIFS(Budget!$E:$E,Budget!$B:$B,"I-9")', 0],
  ["a FALSE result", '=ISNUMBER(MATCH("I-9",Budget!$B:$B,0))', false],
  ["IFERROR catching #DIV/0!", '=IFERROR(AVERAGEIFS(Budget!$E:$E,Budget!$B:$B,"I-9"),"")', ""],
  [
    "SUMIFS over a table's structured references",
    '=SUMIFS(Budget[Approved],Budget[Initiative],"I-1")',
    140,
  ],
  ["SUM of a table column", "=SUM(Budget[Approved])", 475],
  [
    "SUMIFS over a table with Persian column names",
    '=SUMIFS(BudgetFa[ردیف],BudgetFa[طرح],"طرح ۱")',
    4,
  ],
];

function dashboardOf(formulas: string[]): ModelSheet {
  const sheet = new ModelSheet("Dashboard");
  formulas.forEach((formula, i) => sheet.setCell(i + 1, 2, { value: STALE, formula }));
  return sheet;
}

if (!hasLibreOffice())
  console.warn("LibreOffice recalculation tests skipped: no soffice on PATH (CI installs it).");
const describeWithLibreOffice = hasLibreOffice() ? describe : describe.skip;

describeWithLibreOffice("LibreOffice recalculates what the simulator exports", () => {
  let dashboard: Record<string, CellReading>;
  let fa: Record<string, CellReading>;
  beforeAll(async () => {
    const model = new ModelWorkbook([
      budget,
      init,
      budgetFa,
      dashboardOf(SHAPES.map(([, formula]) => formula)),
    ]);
    const xlsx = await recalculated(await modelToXlsx(model));
    dashboard = await cellValues(xlsx, "Dashboard");
    fa = await cellValues(xlsx, FA);
  });

  it.each(SHAPES.map(([what, formula, value], i) => ({ what, formula, value, at: `B${i + 1}` })))(
    "$what: $formula",
    ({ formula, value, at }) => {
      expect(dashboard[at]).toEqual({ value, formula });
    }
  );

  it("reports an error a formula gives as the error", async () => {
    const formula = '=AVERAGEIFS(Budget!$E:$E,Budget!$B:$B,"I-9")';
    const xlsx = await recalculated(
      await modelToXlsx(new ModelWorkbook([budget, dashboardOf([formula])]))
    );
    expect((await cellValues(xlsx, "Dashboard")).B1).toEqual({
      value: "#DIV/0!",
      formula,
      error: true,
    });
  });

  it("keeps the values of cells without formulas, on a Persian sheet too", () => {
    expect(fa.B2).toEqual({ value: "طرح ۱" });
    expect(fa.E2).toEqual({ value: 30 });
  });

  it("runs several recalculations at once, each with its own profile", async () => {
    const doubled = async (n: number) => {
      const sheet = new ModelSheet("S");
      sheet.setCell(1, 1, { value: n });
      sheet.setCell(2, 1, { value: STALE, formula: "=A1*2" });
      const xlsx = await recalculated(await modelToXlsx(new ModelWorkbook([sheet])));
      return (await cellValues(xlsx, "S")).A2.value;
    };
    expect(await Promise.all([1, 2, 3].map(doubled))).toEqual([2, 4, 6]);
  });

  it("says why when soffice cannot load the file", async () => {
    await expect(recalculated(new TextEncoder().encode("not a workbook"))).rejects.toThrow(
      /soffice wrote no output: .*could not be loaded/s
    );
  });

  it("says LibreOffice is missing when soffice is not on PATH", async () => {
    const path = process.env.PATH;
    process.env.PATH = "";
    try {
      expect(hasLibreOffice()).toBe(false);
      await expect(recalculated(new Uint8Array())).rejects.toThrow(/LibreOffice is not installed/);
    } finally {
      process.env.PATH = path;
    }
  });
});
