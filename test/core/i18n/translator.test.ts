import { createTranslator, defaultDisplayPrefs } from "../../../src/core/i18n";

describe("createTranslator", () => {
  const fa = createTranslator(defaultDisplayPrefs("fa"));
  const en = createTranslator(defaultDisplayPrefs("en"));

  test("fills placeholders, numbers in the reader's digits", () => {
    expect(en.t("home.sheets.size", { rows: 1200, columns: 7 })).toBe("1,200 rows × 7 columns");
    expect(fa.t("home.sheets.size", { rows: 1200, columns: 7 })).toBe("۱٬۲۰۰ سطر × ۷ ستون");
  });

  test("text params are inserted as given", () => {
    expect(en.t("error.unexpected", { message: "RichApi.Error 42" })).toBe(
      "Something went wrong: RichApi.Error 42"
    );
  });

  test("a missing param stays visible rather than vanishing", () => {
    expect(en.t("home.lastRead")).toBe("Read {when}");
  });
});
