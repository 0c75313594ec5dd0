/**
 * @jest-environment jsdom
 */
import { renderPane } from "../helpers/render-pane";
import { fireEvent, screen, within } from "@testing-library/react";
import { type Lang } from "../../src/core/i18n";
import { simulatedSample } from "../helpers/simulated-workbook";

async function openReview(lang: Lang) {
  const { model } = await simulatedSample(lang === "fa" ? "plan-fa.xlsx" : "plan-en.xlsx");
  renderPane(model, lang);
  fireEvent.click(screen.getByRole("tab", { name: lang === "fa" ? "بازبینی" : "Review" }));
  return model;
}

const region = (name: string) => screen.getByRole("region", { name });

test("snapshot, edit, compare, change report, delete: the whole review in the pane", async () => {
  const model = await openReview("en");
  expect(await screen.findByText("No snapshot is stored in this workbook yet.")).toBeTruthy();

  const form = region("Take a snapshot");
  fireEvent.change(within(form).getByRole("textbox", { name: "Label" }), {
    target: { value: "Mid-year" },
  });
  fireEvent.change(within(form).getByRole("textbox", { name: /Review date/ }), {
    target: { value: "2026-03-21" },
  });
  fireEvent.click(within(form).getByRole("button", { name: "Take snapshot" }));
  expect(
    await within(form).findByText(/^Snapshot «Mid-year» is stored in the workbook \([\d.]+ KB\)\.$/)
  ).toBeTruthy();
  const list = region("Snapshots in this workbook");
  expect(await within(list).findByText("Mid-year")).toBeTruthy();
  expect(within(list).getByText(/^2026-03-21 · taken /)).toBeTruthy();

  model.sheet("Goals")!.setCell(6, 3, { value: "Mechanised collection everywhere" });
  model.sheet("KPIs")!.setCell(9, 9, { value: 80 });
  const compare = region("Compare");
  fireEvent.click(within(compare).getByRole("button", { name: "Compare with the plan now" }));
  expect(await within(compare).findByText("Changes since «Mid-year»: 2.")).toBeTruthy();
  expect(within(compare).getByRole("region", { name: "Goals (1)" }).textContent).toContain(
    "\u2068G1.1\u2069 — retitled: «\u2068Mechanised waste collection in the southern districts\u2069» → «\u2068Mechanised collection everywhere\u2069»"
  );
  expect(within(compare).getByText("\u2068K5\u2069 — target changed: 75 → 80")).toBeTruthy();

  fireEvent.click(within(compare).getByRole("button", { name: "Write change report" }));
  expect(
    await within(compare).findByText(/^The change report is on the «Rahbord changes» sheet; 0 /)
  ).toBeTruthy();
  expect(model.sheet("Rahbord changes")?.cell(6, 2)?.value).toBe("G1.1");

  fireEvent.click(within(list).getByRole("button", { name: "Delete snapshot «Mid-year»" }));
  fireEvent.click(within(list).getByRole("button", { name: "Delete for good" }));
  expect(await within(list).findByText("Snapshot «Mid-year» is deleted.")).toBeTruthy();
  expect(await within(list).findByText("No snapshot is stored in this workbook yet.")).toBeTruthy();
  expect(model.customXmlParts).toEqual([]);
});

test("in Persian the review date is Jalali, typed in Persian digits; a date that is none is refused", async () => {
  await openReview("fa");
  const form = await screen.findByRole("region", { name: "ثبت وضع کنونی" });
  const date = within(form).getByRole("textbox", { name: /تاریخ بازبینی/ });
  expect((date as HTMLInputElement).value).toMatch(/^۱۴[۰-۹]{2}\/[۰-۹]{2}\/[۰-۹]{2}$/);
  fireEvent.change(date, { target: { value: "۱۴۰۴/۱۲/۳۰" } }); // 1404 is not a leap year
  fireEvent.blur(date);
  expect(within(form).getByText(/^«۱۴۰۴\/۱۲\/۳۰» تاریخ نیست/)).toBeTruthy();
  expect(within(form).getByRole("button", { name: "ثبت" }).hasAttribute("disabled")).toBe(true);

  fireEvent.change(date, { target: { value: "۱۴۰۵/۰۱/۰۱" } });
  fireEvent.click(within(form).getByRole("button", { name: "ثبت" }));
  expect(await within(form).findByText(/در کارپوشه ثبت شد/)).toBeTruthy();
  const list = screen.getByRole("region", { name: "وضع‌های ثبت‌شده در این کارپوشه" });
  expect(await within(list).findByText("(بی‌عنوان)")).toBeTruthy();
  expect(within(list).getByText(/^۱۴۰۵\/۰۱\/۰۱ · ثبت‌شده در /)).toBeTruthy();
});
