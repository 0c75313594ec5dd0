import { evaluateFormula } from "../../src/simulator/formula/evaluate-formula";
import { ModelSheet, ModelWorkbook } from "../../src/simulator/workbook-model";

/** 'بودجه سال': initiative codes in A, kinds in B, amounts in C (a header row, then four lines). */
function workbook() {
  const budget = new ModelSheet("بودجه سال");
  const rows: [string, string, number | string][] = [
    ["طرح", "نوع", "مبلغ"],
    ["I-1", "هزینه", 100],
    ["i-1", "درآمد", 40],
    ["I-2", "", 7],
    ["I*2", "هزینه", "n/a"],
  ];
  rows.forEach((line, r) => line.forEach((value, c) => budget.setCell(r + 1, c + 1, { value })));
  const model = new ModelWorkbook([budget]);
  return { model, sheet: budget };
}

const evaluate = (formula: string) => {
  const { model, sheet } = workbook();
  return evaluateFormula(model, sheet, formula);
};

describe("the simulator's calculation of the formulas Rahbord writes", () => {
  test("SUMIFS matches text without case, '<>' leaves out, ~ escapes a wildcard, text amounts are skipped", () => {
    const sum = "'بودجه سال'!$C$2:$C$5";
    const codes = "'بودجه سال'!$A$2:$A$5";
    const kinds = "'بودجه سال'!$B$2:$B$5";
    expect(evaluate(`=SUMIFS(${sum},${codes},"=I-1")`)).toBe(140);
    expect(evaluate(`=SUMIFS(${sum},${codes},"=I-1",${kinds},"<>درآمد")`)).toBe(100);
    expect(evaluate(`=SUMIFS(${sum},${codes},"=I~*2")`)).toBe(0);
    expect(evaluate(`=SUMPRODUCT(SUMIFS(${sum},${codes},{"=I-1","=I-2"}))+SUM(${sum})`)).toBe(
      147 + 147
    );
  });

  test("COUNTIFS with a row list across a column list counts every pair", () => {
    expect(
      evaluate(`=SUMPRODUCT(COUNTIFS($A$2:$A$5,{"=I-1","=I-2"},$B$2:$B$5,{"=هزینه";"="}))`)
    ).toBe(2);
  });

  test("anything else is not computed (the cell keeps #NAME?)", () => {
    expect(evaluate("=VLOOKUP(1,A1:B2,2)")).toBeUndefined();
    expect(evaluate("=SUMIFS(")).toBeUndefined();
    expect(evaluate("=SUM('Missing'!A1:A3)")).toBeUndefined();
  });
});
