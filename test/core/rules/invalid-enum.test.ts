import { invalidEnum } from "../../../src/core/rules/invalid-enum";
import { findingsOf, testRule } from "./rule-tester";

testRule(invalidEnum, {
  valid: [
    {
      name: "Persian and English spellings of every enumeration",
      tables: {
        initiative: [
          ["id", "title", "goal", "status"],
          ["I1", "a", "G1", "در حال اجرا"],
          ["I2", "b", "G1", "درحال‌اجرا"],
          ["I3", "c", "G1", "تکمیل‌شده"],
          ["I4", "d", "G1", "In-Progress"],
          ["I5", "e", "G1", "با تأخیر"],
          ["I6", "f", "G1", null],
        ],
        kpi: [
          ["id", "name", "goal", "direction", "frequency", "aggregation"],
          ["K1", "a", "G1", "افزایشی", "فصلی", "جمع"],
          ["K2", "b", "G1", "كاهشي", "شش‌ماهه", "میانگین"],
          ["K3", "c", "G1", "↑", "Quarterly", "avg"],
          ["K4", "d", "G1", "حفظ وضع موجود", "annual", null],
        ],
      },
    },
    {
      name: "budget kinds",
      tables: {
        budget: [
          ["initiative", "year", "kind", "approved"],
          ["I1", 1402, "هزینه‌ای", 10],
          ["I1", 1402, "درآمد", 10],
          ["I1", 1402, "capex", 10],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "an Excel error where a status belongs",
      tables: {
        initiative: [
          ["id", "title", "goal", "status"],
          ["I1", "a", "G1", { error: "#VALUE!" }],
        ],
      },
      findings: [{ sheet: "initiative", cell: "D2", id: "I1" }],
    },
    {
      name: "a direction no one can read",
      tables: {
        kpi: [
          ["id", "name", "goal", "direction"],
          ["K1", "a", "G1", "بهتر شود"],
        ],
      },
      findings: [
        {
          sheet: "kpi",
          cell: "D2",
          id: "K1",
          message:
            'The direction "بهتر شود" is not recognised; write one of: increase, decrease, maintain.',
        },
      ],
    },
    {
      name: "status, frequency and aggregation",
      tables: {
        initiative: [
          ["id", "title", "status"],
          ["I1", "a", "نیمه‌کاره"],
        ],
        kpi: [
          ["id", "name", "frequency", "aggregation"],
          ["K1", "a", "هر روز", "median"],
        ],
      },
      findings: [
        {
          sheet: "initiative",
          cell: "C2",
          id: "I1",
          message:
            'The status "نیمه‌کاره" is not recognised; write one of: not-started, in-progress, completed, stopped, delayed.',
        },
        { sheet: "kpi", cell: "C2", id: "K1" },
        {
          sheet: "kpi",
          cell: "D2",
          id: "K1",
          message:
            'The aggregation "median" is not recognised; write one of: sum, average, min, max.',
        },
      ],
    },
    {
      name: "a budget line's kind, named by its initiative",
      tables: {
        budget: [
          ["initiative", "year", "kind", "approved"],
          ["I1", 1402, "وام", 10],
          [null, 1402, 5, 10],
        ],
      },
      findings: [
        {
          sheet: "budget",
          cell: "C2",
          id: "I1",
          message: 'The kind "وام" is not recognised; write one of: cost, revenue.',
        },
        { sheet: "budget", cell: "C3" },
      ],
    },
  ],
});

test("Persian readers are offered the Persian words", () => {
  const [f] = findingsOf(
    invalidEnum,
    {
      kpi: [
        ["id", "name", "direction"],
        ["K1", "a", "بالا"],
      ],
    },
    undefined,
    "fa"
  );
  expect(f.message).toBe(
    "واژهٔ «بالا» برای «جهت مطلوب» شناخته‌شده نیست؛ یکی از این‌ها را بنویسید: افزایشی، کاهشی، ثابت."
  );
});
