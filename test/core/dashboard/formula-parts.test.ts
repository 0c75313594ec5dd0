import {
  columnRange,
  countIfs,
  criteria,
  formulaOf,
  MAX_FORMULA_LENGTH,
  sumIfs,
} from "../../../src/core/dashboard/formula-parts";

describe("formula parts", () => {
  test("criteria match text exactly: never a comparison, never a wildcard; numbers stay numbers", () => {
    expect(criteria(["-5"])).toBe('"=-5"');
    expect(criteria([">A"])).toBe('"=>A"');
    expect(criteria(["I*1?"])).toBe('"=I~*1~?"');
    expect(criteria(['say "x"'])).toBe('"=say ""x"""');
    expect(criteria([1403])).toBe("1403");
  });

  test("several spellings become an array constant, across (row) or down (column)", () => {
    expect(criteria(["اق-1", "اق-۱"])).toBe('{"=اق-1","=اق-۱"}');
    expect(criteria(["a", "b"], "column")).toBe('{"=a";"=b"}');
  });

  test("a list criterion wraps the call in SUMPRODUCT; two lists lie across each other", () => {
    const range = columnRange("اعتبارات", 5, 6, 17);
    expect(range).toBe("'اعتبارات'!$E$6:$E$17");
    expect(sumIfs(range, [{ range: "A:A", values: ["x"] }])).toBe(
      "SUMIFS('اعتبارات'!$E$6:$E$17,A:A,\"=x\")"
    );
    expect(
      sumIfs("E:E", [
        { range: "A:A", values: ["x", "y"] },
        { range: "D:D", not: ["درآمد"] },
      ])
    ).toBe('SUMPRODUCT(SUMIFS(E:E,A:A,{"=x","=y"},D:D,"<>درآمد"))');
    expect(
      countIfs([
        { range: "C:C", values: ["G1", "G2"] },
        { range: "D:D", values: ["d1", "d2"] },
      ])
    ).toBe('SUMPRODUCT(COUNTIFS(C:C,{"=G1","=G2"},D:D,{"=d1";"=d2"}))');
    expect(sumIfs("E:E", [])).toBe("SUM(E:E)");
  });

  test("a formula over Excel's length limit is no formula: the engine's value is written instead", () => {
    expect(formulaOf(["SUM(A1)", "SUM(B1)"])).toBe("=SUM(A1)+SUM(B1)");
    expect(formulaOf([])).toBeUndefined();
    expect(formulaOf(["x".repeat(MAX_FORMULA_LENGTH)])).toBeUndefined();
  });
});
