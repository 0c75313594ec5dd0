import {
  isRahbordList,
  linkWork,
  settleEnforcement,
  settleRemoval,
  spansToRead,
  type CurrentValidation,
} from "../../../src/core/links/enforcement";
import {
  spanAddress,
  type ColumnSpan,
  type LinkTarget,
} from "../../../src/core/links/link-columns";
import type { EnforcedColumn, ErrorAlert } from "../../../src/core/links/stored-links";

const ALERT: ErrorAlert = {
  showAlert: true,
  style: "Stop",
  title: "Not a goal code",
  message: "Pick one",
};
const NO_PROMPT = { showPrompt: false, title: "", message: "" };
const DEFAULT_ALERT = { showAlert: true, style: "Stop", title: "", message: "" };

const none: CurrentValidation = {
  type: "None",
  rule: {},
  ignoreBlanks: true,
  prompt: NO_PROMPT,
  errorAlert: DEFAULT_ALERT,
};
const ours = (alert = ALERT): CurrentValidation => ({
  type: "List",
  rule: { list: { inCellDropDown: true, source: "=Goals!$A$2:$A$9" } },
  ignoreBlanks: true,
  prompt: NO_PROMPT,
  errorAlert: alert,
});
const textLength: CurrentValidation = {
  type: "TextLength",
  // Excel may report the other criteria as null: only the one in use is saved.
  rule: { textLength: { formula1: "2", operator: "GreaterThan" }, list: null, custom: null },
  ignoreBlanks: false,
  prompt: { showPrompt: true, title: "Code", message: "Two or more" },
  errorAlert: { ...DEFAULT_ALERT, style: "Warning" },
};
const mixed: CurrentValidation = {
  type: "MixedCriteria",
  rule: null,
  ignoreBlanks: null,
  prompt: null,
  errorAlert: null,
};

const target = (column: number, top: number, bottom: number): LinkTarget => ({
  sheet: "Initiatives",
  column,
  top,
  bottom,
  role: "initiative",
  field: "goal",
  parent: "goal",
  parentSheet: "Goals",
  source: "='Goals'!$A$2:$A$12",
});

/** Reads each span's validation from a table by address; anything else has none. */
const reading = (table: Record<string, CurrentValidation>) => (span: ColumnSpan) =>
  table[spanAddress(span)] ?? none;

const earlier = (column: number, pieces: EnforcedColumn["pieces"]): EnforcedColumn => ({
  role: "initiative",
  field: "goal",
  sheet: "Initiatives",
  column,
  errorAlert: ALERT,
  pieces,
});

describe("isRahbordList", () => {
  test("a list with the alert Rahbord set, whatever its source now", () => {
    expect(isRahbordList(ours(), ALERT)).toBe(true);
    expect(
      isRahbordList({ ...ours(), rule: { list: { source: "=Goals!$A$2:$A$30" } } }, ALERT)
    ).toBe(true);
    expect(isRahbordList(ours({ ...ALERT, message: "Mine" }), ALERT)).toBe(false);
    expect(isRahbordList({ ...textLength, errorAlert: ALERT }, ALERT)).toBe(false);
  });
});

describe("settleEnforcement", () => {
  const alertOf = () => ALERT;

  test("fresh columns: none or the user's one rule is saved and replaced; mixed cells and the user's own list are left", () => {
    const targets = [target(3, 2, 500), target(4, 2, 500), target(5, 2, 500), target(6, 2, 500)];
    const works = linkWork(targets, [], alertOf);
    expect(works.flatMap(spansToRead).map(spanAddress)).toEqual([
      "C2:C500",
      "D2:D500",
      "E2:E500",
      "F2:F500",
    ]);
    const settled = settleEnforcement(
      works,
      [],
      reading({
        "D2:D500": textLength,
        "E2:E500": mixed,
        "F2:F500": { ...ours({ ...ALERT, title: "Mine" }) },
      })
    );
    expect(settled.enforced.map((e) => [e.address, e.replaced])).toEqual([
      ["C2:C500", []],
      ["D2:D500", ["textLength"]],
    ]);
    expect(settled.left.map((l) => [l.address, l.reason])).toEqual([
      ["E2:E500", "mixed"],
      ["F2:F500", "userList"],
    ]);
    expect(settled.state.map((c) => c.pieces)).toEqual([
      [{ top: 2, bottom: 500, previous: null }],
      [
        {
          top: 2,
          bottom: 500,
          previous: {
            rule: { textLength: { formula1: "2", operator: "GreaterThan" } },
            ignoreBlanks: false,
            prompt: textLength.prompt,
            errorAlert: textLength.errorAlert,
          },
        },
      ],
    ]);
    expect(settled.writes).toEqual(
      targets.slice(0, 2).map((t) => ({
        span: { sheet: t.sheet, column: t.column, top: t.top, bottom: t.bottom },
        source: t.source,
        errorAlert: ALERT,
      }))
    );
  });

  test("a column carrying Rahbord's dropdown with no record of it (the part was lost) is taken over, with nothing to restore", () => {
    const settled = settleEnforcement(linkWork([target(3, 2, 9)], [], alertOf), [], () => ours());
    expect(settled.state[0].pieces).toEqual([{ top: 2, bottom: 9, previous: null }]);
  });

  test("again: earlier pieces keep what they saved; rows the plan grew into become pieces of their own", () => {
    const before = earlier(3, [{ top: 5, bottom: 10, previous: null }]);
    const stale = earlier(9, [{ top: 5, bottom: 10, previous: null }]);
    const works = linkWork([target(3, 3, 14)], [before, stale], alertOf);
    expect(works.flatMap(spansToRead).map(spanAddress)).toEqual(["C5:C10", "C3:C4", "C11:C14"]);
    const settled = settleEnforcement(
      works,
      [before, stale],
      reading({ "C5:C10": ours(), "C3:C4": textLength, "C11:C14": ours() })
    );
    expect(settled.left).toEqual([]);
    expect(settled.state).toEqual([
      {
        ...before,
        pieces: [
          { top: 5, bottom: 10, previous: null },
          { top: 3, bottom: 4, previous: expect.objectContaining({ ignoreBlanks: false }) },
          // Rows Excel inserted inside the dropdown carry it already, and held nothing before.
          { top: 11, bottom: 14, previous: null },
        ],
      },
      stale,
    ]);
    expect(settled.writes.map((w) => spanAddress(w.span))).toEqual(["C5:C10", "C3:C4", "C11:C14"]);
  });

  test("again: new rows that cannot be taken are left, the earlier pieces still updated", () => {
    const before = earlier(3, [{ top: 5, bottom: 10, previous: null }]);
    const settled = settleEnforcement(
      linkWork([target(3, 5, 20)], [before], alertOf),
      [before],
      reading({ "C5:C10": ours(), "C11:C20": mixed })
    );
    expect(settled.left).toEqual([
      {
        role: "initiative",
        field: "goal",
        sheet: "Initiatives",
        address: "C11:C20",
        reason: "mixed",
      },
    ]);
    expect(settled.writes.map((w) => spanAddress(w.span))).toEqual(["C5:C10"]);
    expect(settled.state).toEqual([before]);
  });

  test("again: a column the user changed since is left as they made it, and its record kept", () => {
    const before = earlier(3, [
      { top: 5, bottom: 10, previous: null },
      { top: 11, bottom: 12, previous: null },
    ]);
    const settled = settleEnforcement(
      linkWork([target(3, 5, 20)], [before], alertOf),
      [before],
      reading({ "C5:C10": ours(), "C11:C12": textLength })
    );
    expect(settled.left).toEqual([
      expect.objectContaining({ address: "C11:C12", reason: "changed" }),
    ]);
    expect(settled.writes).toEqual([]);
    expect(settled.enforced).toEqual([]);
    expect(settled.state).toEqual([before]);
  });
});

describe("settleRemoval", () => {
  test("pieces still Rahbord's get their earlier validation back; changed ones and gone sheets are left", () => {
    const saved = textLength.errorAlert!;
    const column = earlier(3, [
      { top: 5, bottom: 10, previous: null },
      {
        top: 11,
        bottom: 12,
        previous: {
          rule: { custom: { formula: "=TRUE" } },
          ignoreBlanks: true,
          prompt: NO_PROMPT,
          errorAlert: saved,
        },
      },
      { top: 13, bottom: 14, previous: null },
    ]);
    const gone = { ...earlier(4, [{ top: 1, bottom: 2, previous: null }]), sheet: "Deleted" };
    const removal = settleRemoval(
      [column, gone],
      (sheet) => sheet !== "Deleted",
      reading({ "C5:C10": ours(), "C11:C12": ours(), "C13:C14": textLength })
    );
    expect(removal.restores).toEqual([
      { span: { sheet: "Initiatives", column: 3, top: 5, bottom: 10 }, previous: null },
      {
        span: { sheet: "Initiatives", column: 3, top: 11, bottom: 12 },
        previous: column.pieces[1].previous,
      },
    ]);
    expect(removal.restored.map((r) => r.address)).toEqual(["C5:C10", "C11:C12"]);
    expect(removal.left.map((l) => [l.sheet, l.address, l.reason])).toEqual([
      ["Initiatives", "C13:C14", "changed"],
      ["Deleted", "D1:D2", "sheetMissing"],
    ]);
  });
});
