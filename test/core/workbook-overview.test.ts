import { createTranslator, defaultDisplayPrefs } from "../../src/core/i18n";
import { overviewSummary, type WorkbookOverview } from "../../src/core/workbook-overview";

const overview: WorkbookOverview = {
  readAt: new Date(2026, 10, 26),
  sheets: [
    { name: "اهداف", visibility: "Visible", rows: 40, columns: 9 },
    { name: "Budget", visibility: "Hidden", rows: 1960, columns: 14 },
    { name: "Notes", visibility: "Visible", rows: 0, columns: 0 },
  ],
};

test("the summary counts sheets, sheets with data and their rows", () => {
  expect(overviewSummary(overview, createTranslator(defaultDisplayPrefs("en")))).toBe(
    "3 sheets, 2 with data, 2,000 rows in all."
  );
  expect(overviewSummary(overview, createTranslator(defaultDisplayPrefs("fa")))).toBe(
    "۳ برگه، ۲ برگهٔ دارای داده، روی‌هم ۲٬۰۰۰ سطر."
  );
});
